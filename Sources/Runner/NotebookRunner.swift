import CellBindings
import CellCore
import CellLanguage
import CellRuntime
import Foundation
import NotebookDocument
import Reporting
import Tensors

/// Which interpreter runs the cells: the statically typed one (CellCore + CellBindings,
/// docs/interpreter.md) or the first, dynamically typed one (CellLanguage + CellRuntime), which
/// stays the default until every lesson runs on the typed one.
public enum CellEngine: String, Sendable, CaseIterable {
    case classic, typed

    /// `NOTEBOOK_ENGINE=typed` chooses the typed interpreter where no option says otherwise.
    public static var fromEnvironment: CellEngine {
        ProcessInfo.processInfo.environment["NOTEBOOK_ENGINE"].flatMap(CellEngine.init(rawValue:)) ?? .classic
    }
}

/// Settings of one `notebook run`.
public struct RunOptions: Sendable {
    /// The interpreter that runs the cells.
    public var engine: CellEngine = .fromEnvironment
    /// The seed of the session's random generator (a cell's `seed` option reseeds it).
    public var seed: UInt64 = 42
    /// Run past failed cells instead of stopping at the first failure.
    public var keepGoing: Bool = false
    /// The session's memory budget in bytes (nil: `MemoryBudget.defaultBudget()`, a fraction of
    /// physical memory). A tensor allocation that would pass it fails its cell with an error.
    public var memoryBudget: Int?
    public init(seed: UInt64 = 42, keepGoing: Bool = false, memoryBudget: Int? = nil) {
        self.seed = seed; self.keepGoing = keepGoing; self.memoryBudget = memoryBudget
    }

    /// Parses `8G`, `512M`, `64K`, a number of bytes, or `50%` of physical memory.
    public static func memoryBudget(parsing text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        if trimmed.hasSuffix("%") {
            guard let percent = Double(trimmed.dropLast()), percent > 0, percent <= 100 else { return nil }
            return Int(Double(MemoryBudget.physicalMemory()) * percent / 100)
        }
        var number = Substring(trimmed)
        if number.hasSuffix("IB") || number.hasSuffix("B") { number = number.dropLast(number.hasSuffix("IB") ? 2 : 1) }
        let scale: [Character: Double] = ["K": 1024, "M": 1024 * 1024, "G": 1024 * 1024 * 1024, "T": 1024 * 1024 * 1024 * 1024]
        var factor = 1.0
        if let last = number.last, let unit = scale[last] {
            factor = unit
            number = number.dropLast()
        }
        guard let value = Double(number), value > 0, value * factor < Double(Int.max) else { return nil }
        return Int(value * factor)
    }
}

/// Called after each cell finishes, e.g. to print progress.
public typealias CellObserver = (CellRun, _ cellCount: Int) -> Void

/// The composition root: read → for each cell parse, run, capture → (the caller renders and writes).
public enum NotebookRunner {
    /// Reads the notebook at `path` and runs its cells in order in one session.
    /// - Throws: `DocumentError` when the file cannot be read.
    public static func run(
        path: String, options: RunOptions = RunOptions(),
        observer: CellObserver? = nil
    ) throws(DocumentError) -> NotebookRun {
        let notebook = try CommonMarkReader.read(path: path)
        return run(notebook, options: options, observer: observer)
    }

    /// Runs the cells of a parsed notebook. Relative paths in cells resolve against the notebook's
    /// own folder, as Jupyter and Quarto do.
    public static func run(
        _ notebook: Notebook, options: RunOptions = RunOptions(),
        observer: CellObserver? = nil
    ) -> NotebookRun {
        let started = Date()
        MemoryBudget.bytes = options.memoryBudget ?? MemoryBudget.defaultBudget()
        let folder = URL(fileURLWithPath: notebook.path).deletingLastPathComponent()
        let executor: any CellExecutor =
            options.engine == .typed
            ? TypedExecutor(folder: folder, seed: options.seed, path: notebook.path)
            : ClassicExecutor(folder: folder, seed: options.seed, path: notebook.path)
        var runs: [CellRun] = []
        var executionCount = 0
        var stopped = false
        var anyFailed = false
        let cells = notebook.cells
        for cell in cells {
            var run: CellRun
            if !cell.optionErrors.isEmpty {
                let diagnostics = cell.optionErrors.map {
                    Diagnostic(
                        location: $0.location, message: $0.message,
                        excerpt: Diagnostic.excerpt(of: cell, line: $0.location.line, column: $0.location.column))
                }
                run = CellRun(cell: cell, status: .failed, diagnostics: diagnostics)
            } else if !cell.options.eval {
                run = CellRun(cell: cell, status: .skipped)
            } else if stopped {
                run = CellRun(cell: cell, status: .notRun)
            } else {
                run = executor.execute(cell)
                if !cell.hasNoCode {
                    executionCount += 1
                    run.executionCount = executionCount
                }
                run.ranAfterFailure = anyFailed
            }
            if run.status == .failed {
                anyFailed = true
                if !options.keepGoing { stopped = true }
            }
            if Interruption.isRequested { stopped = true }
            runs.append(run)
            observer?(run, cells.count)
        }
        return NotebookRun(
            notebook: notebook, cells: runs, seed: options.seed, interrupted: Interruption.isRequested,
            seconds: Date().timeIntervalSince(started))
    }
}

/// Runs one cell in a notebook's session and locates its errors in the notebook file.
protocol CellExecutor {
    func execute(_ cell: Cell) -> CellRun
}

/// A cell's line and column (1-based) as a location in the notebook file.
func locate(_ line: Int, _ column: Int, in cell: Cell, path: String, message: String, notes: [String] = []) -> Diagnostic {
    let fileLine = cell.firstSourceLine + line - 1
    return Diagnostic(
        location: SourceLocation(path: path, line: fileLine, column: column), message: message, notes: notes,
        excerpt: Diagnostic.excerpt(of: cell, line: fileLine, column: column))
}

/// The statically typed interpreter (CellCore, with the domains of CellBindings).
final class TypedExecutor: CellExecutor {
    let session: NotebookSession
    let path: String
    /// The cells run so far by the session's cell number, so an error inside a function declared
    /// in an earlier cell is located there (with a note for the call in the running cell).
    var cellsByNumber: [Int: Cell] = [:]

    init(folder: URL, seed: UInt64, path: String) {
        session = NotebookSession(baseDirectory: folder, seed: seed)
        self.path = path
    }

    func execute(_ cell: Cell) -> CellRun {
        let started = Date()
        if let seed = cell.options.seed { session.reseed(seed) }
        let result = session.run(source: cell.source, timeout: cell.options.timeout)
        cellsByNumber[session.core.cellCount] = cell
        var run = CellRun(cell: cell, status: .succeeded, outputs: result.outputs, seconds: 0)
        run.diagnostics = result.diagnostics.map {
            locate($0.position.line, $0.position.column, in: cell, path: path, message: $0.message, notes: $0.notes)
        }
        if let trap = result.trap {
            var owner = cell
            var notes = trap.notes
            if let number = trap.cell, let earlier = cellsByNumber[number] {
                owner = earlier
                if let call = trap.callPosition {
                    notes.append("called from \(path):\(cell.firstSourceLine + call.line - 1):\(call.column)")
                }
            }
            run.diagnostics.append(
                locate(trap.position.line, trap.position.column, in: owner, path: path, message: trap.message, notes: notes))
        }
        if !run.diagnostics.isEmpty { run.status = cell.options.error ? .succeeded : .failed }
        run.seconds = Date().timeIntervalSince(started)
        return run
    }
}

/// The first, dynamically typed interpreter (CellLanguage + CellRuntime).
final class ClassicExecutor: CellExecutor {
    let session: CellRuntime.Session
    let path: String
    /// Maps each earlier run of the session to its cell, so that an error inside a function
    /// defined in an earlier cell is located there (with a note for the call here).
    var cellsByRun: [Int: Cell] = [:]

    init(folder: URL, seed: UInt64, path: String) {
        session = CellRuntime.Session(baseDirectory: folder, seed: seed)
        self.path = path
    }

    /// Parses and runs one cell, mapping every location from the cell to the notebook file.
    /// `cellsByRun` maps each earlier run of the session to its cell, so that an error inside a
    /// function defined in an earlier cell is located there (with a note for the call here).
    func execute(_ cell: Cell) -> CellRun {
        let started = Date()
        func located(_ span: SourceSpan, _ message: String, notes: [String] = [], in owner: Cell? = nil) -> Diagnostic {
            let owner = owner ?? cell
            let line = owner.firstSourceLine + span.start.line - 1
            return Diagnostic(
                location: SourceLocation(path: path, line: line, column: span.start.column),
                message: message, notes: notes,
                excerpt: Diagnostic.excerpt(of: owner, line: line, column: span.start.column))
        }
        let parsed = CellParser.parse(cell.source)
        if !parsed.errors.isEmpty {
            return CellRun(
                cell: cell, status: .failed, diagnostics: parsed.errors.map { located($0.span, $0.message) },
                seconds: Date().timeIntervalSince(started))
        }
        if let seed = cell.options.seed { session.reseed(seed) }
        let result = session.run(parsed.statements, timeout: cell.options.timeout)
        cellsByRun[result.runIndex] = cell
        var run = CellRun(
            cell: cell, status: .succeeded, outputs: result.outputs.map(Self.reportOutput),
            seconds: Date().timeIntervalSince(started))
        if let error = result.error {
            if let origin = error.definingRun, origin != result.runIndex, let owner = cellsByRun[origin] {
                var notes = error.notes
                if let call = error.callSpan {
                    notes.append("called from \(path):\(cell.firstSourceLine + call.start.line - 1):\(call.start.column)")
                }
                run.diagnostics = [located(error.span, error.message, notes: notes, in: owner)]
            } else {
                run.diagnostics = [located(error.span, error.message, notes: error.notes)]
            }
            run.status = cell.options.error ? .succeeded : .failed
        }
        return run
    }

    static func reportOutput(_ output: CellRuntime.CellOutput) -> ReportOutput {
        switch output {
        case let .stream(text): return .stream(text)
        case let .display(value):
            switch value {
            case let .text(text): return .text(text)
            case let .html(html): return .html(html)
            case let .svg(svg): return .svg(svg)
            case let .table(table):
                return .table(
                    ReportTable(
                        caption: table.caption, columns: table.columns, index: table.index, indexName: table.indexName,
                        columnsName: table.columnsName, rows: table.rows, totalRows: table.totalRows,
                        totalColumns: table.totalColumns))
            }
        }
    }
}
