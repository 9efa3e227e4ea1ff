// A notebook's session on the statically typed interpreter (docs/interpreter.md): CellCore's
// `Session` with the domain modules loaded (tensors, frames, learners, charts, checks), the one
// seeded generator and the notebook's folder, and cell results as the report's outputs.

import CellCore
import Foundation
import Randomness
import Reporting

/// What every builtin of one notebook run shares: the seeded generator and the notebook's folder.
public final class NotebookState {
    /// The run's one random generator (xoshiro256**, Sources/Randomness); a cell's `seed` option
    /// restarts it.
    public let random: RandomGenerator
    /// Relative paths in cells resolve against it, as Jupyter and Quarto resolve them.
    public let baseDirectory: URL

    public init(baseDirectory: URL, random: RandomGenerator) {
        self.baseDirectory = baseDirectory
        self.random = random
    }

    /// A path written in a cell, resolved against the notebook's folder (absolute paths kept).
    public func resolvePath(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory.appendingPathComponent(path)
    }

    static let key = "notebook"
}

/// What one cell gave: its outputs in order (printed text, shown values, charts, tables), and why
/// it stopped, if it did.
public struct NotebookCellResult {
    /// Printed text is `.stream`; the cell's value and `display(_:)` are `.text`, `.table`, `.svg`
    /// or `.html`.
    public var outputs: [ReportOutput]
    /// Parse and type errors, at the cell's line and column (nothing ran when there are any).
    public var diagnostics: [Diagnostic]
    /// The runtime error that stopped the cell (a Swift trap, a builtin's error), if any.
    public var trap: RuntimeTrap?
    /// The cell's value (its last expression's, Jupyter's `Out[n]`), also the last of `outputs`.
    public var result: ReportOutput?

    public var succeeded: Bool { diagnostics.isEmpty && trap == nil }
}

/// The cells of one notebook, run in one session.
public final class NotebookSession {
    public let core: Session
    public let state: NotebookState

    /// - Parameters:
    ///   - baseDirectory: the notebook's folder.
    ///   - seed: seeds the run's random generator.
    ///   - modules: the domain modules cells see (`CellBindings.modules`).
    public init(baseDirectory: URL, seed: UInt64 = 42, modules: [LibraryModule] = CellBindings.modules) {
        core = Session(modules: modules, seed: seed)
        state = NotebookState(baseDirectory: baseDirectory, random: core.random)
        core.hostState[NotebookState.key] = state
    }

    /// Restarts the run's random generator (a cell's `seed` option).
    public func reseed(_ seed: UInt64) { state.random.reseed(seed) }

    /// Checks a cell without running it; its declarations join the session.
    public func check(source: String) -> [Diagnostic] { core.check(source: source) }

    /// Runs one cell.
    /// - Parameter timeout: seconds the cell may run (its `timeout:` option); nil for no limit.
    public func run(source: String, timeout: Double? = nil) -> NotebookCellResult {
        let r = core.run(source: source, timeout: timeout)
        var outputs: [ReportOutput] = []
        for o in r.outputs {
            switch o {
            case .text(let t): outputs.append(.stream(t))
            case .display(let d):
                if let shown = d as? ReportOutput { outputs.append(shown) } else { outputs.append(.text("\(d)")) }
            case .value(let v): outputs.append(CellDisplay.output(of: v, in: core))
            }
        }
        let result = r.shown.map { CellDisplay.output(of: $0, in: core) }
        if let result { outputs.append(result) }
        return NotebookCellResult(outputs: outputs, diagnostics: r.diagnostics, trap: r.trap, result: result)
    }
}
