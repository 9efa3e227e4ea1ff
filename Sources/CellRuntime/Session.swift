import CellLanguage
import Foundation

/// One output of a cell, in the order produced.
public enum CellOutput: Equatable {
    /// Text from `print` (consecutive prints are merged into one stream).
    case stream(String)
    /// A value shown by `display(x)` or the cell's result (Jupyter's Out[n]).
    case display(DisplayValue)
}

/// What running one cell produced: its outputs (kept even when the cell failed) and the error.
public struct CellRunResult {
    public var outputs: [CellOutput]
    public var error: RuntimeError?
    /// This run's number in the session (1, 2, …), as `RuntimeError.definingRun` counts.
    public var runIndex: Int
    public init(outputs: [CellOutput], error: RuntimeError?, runIndex: Int = 0) {
        self.outputs = outputs; self.error = error; self.runIndex = runIndex
    }
}

/// The state shared by every cell of one notebook run: one global environment, the seeded random
/// generator, the builtin registry and the notebook's folder.
public final class Session {
    let interpreter: Interpreter

    /// - Parameters:
    ///   - baseDirectory: the notebook's folder; relative paths in cells resolve against it.
    ///   - seed: seeds the session's random generator (`random`).
    ///   - registry: the builtins; domains add their tables to `.standard`.
    public init(baseDirectory: URL, seed: UInt64 = 42, registry: BuiltinRegistry = .standard) {
        interpreter = Interpreter(baseDirectory: baseDirectory, seed: seed, registry: registry)
    }

    /// The session's seeded random generator (for builtins and cell options such as `seed`).
    public var random: SeededRandom { interpreter.random }

    public var registry: BuiltinRegistry { interpreter.registry }

    /// Restarts the session's random generator from `seed` (a cell's `seed` option).
    public func reseed(_ seed: UInt64) { interpreter.random.reseed(seed) }

    /// A path in a cell, resolved against the notebook's folder (absolute paths are kept).
    public func resolvePath(_ relative: String) -> URL { interpreter.resolvePath(relative) }

    /// Runs one cell's statements. When the last statement is an expression with a non-Void value
    /// it is appended as a `.display` output. Runs on a thread with a known large stack
    /// (`Interpreter.stackSize`) so `Interpreter.maxCallDepth` is safe whatever thread calls.
    /// - Parameter timeout: seconds the cell may run (a cell's `timeout:` option); past it the cell
    ///   stops with the error "cell exceeded its timeout of N s" at the loop or call it had reached
    ///   (checked cooperatively, see Deadline.swift). nil: no limit.
    public func run(_ statements: [Stmt], timeout: Double? = nil) -> CellRunResult {
        let box = ResultBox()
        let interpreter = self.interpreter
        interpreter.startDeadline(seconds: timeout)
        defer { interpreter.startDeadline(seconds: nil) }
        let work = UncheckedSendable {
            box.result = interpreter.runCell(statements)
        }
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            work.body()
            done.signal()
        }
        thread.stackSize = Interpreter.stackSize
        thread.start()
        done.wait()
        var result = box.result ?? CellRunResult(outputs: [], error: nil)
        // A cell whose time went into a few long builtin calls may never reach a check: judge it
        // when it ends, at its last statement.
        if result.error == nil, let last = statements.last {
            do { try interpreter.checkDeadlineNow(at: last.span) } catch let error as RuntimeError { result.error = error } catch {}
        }
        return result
    }
}

private final class ResultBox: @unchecked Sendable {
    var result: CellRunResult?
}

/// The cell's work handed to the runner thread; the caller waits for it, so nothing runs concurrently.
private struct UncheckedSendable: @unchecked Sendable {
    let body: () -> Void
}

extension Interpreter {
    func runCell(_ statements: [Stmt]) -> CellRunResult {
        runIndex += 1
        output = []
        callDepth = 0
        var marker = 0
        stackBase = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        var failure: RuntimeError? = nil
        do {
            // Compile the whole cell first (its locals get slots), then run it.
            let ctx = CompileContext(parent: nil, isCellTop: true, inMethod: false, kind: nil)
            var codes: [StmtCode] = []
            var result: Code? = nil
            for (i, stmt) in statements.enumerated() {
                if i == statements.count - 1, case let .expression(e) = stmt.kind {
                    result = try compileExpr(e, ctx)
                } else {
                    codes.append(try compileStatement(stmt, ctx))
                }
            }
            let frame = Frame(slotCount: ctx.slotCount, captures: [], selfInstance: nil, function: nil)
            for (code, stmt) in zip(codes, statements) {
                switch try code(frame) {
                case .normal: break
                case .breakLoop, .continueLoop:
                    throw RuntimeError("'break' and 'continue' are only allowed inside a loop", at: stmt.span)
                case .returned:
                    throw RuntimeError("'return' is only allowed inside a function", at: stmt.span)
                }
            }
            if let result {
                let v = try result(frame)
                if case let .host(h) = v, !h.showsAsResult {
                    // Already shown by the call that returned it (a fit's table).
                } else if !v.isVoid {
                    output.append(.display(Display.displayValue(v)))
                }
            }
        } catch let e as RuntimeError {
            failure = e
        } catch {
            // Every interpreter error is a RuntimeError; anything else came from host code.
            failure = RuntimeError("\(error)", at: statements.first?.span ?? .unknown)
        }
        let result = CellRunResult(outputs: output, error: failure, runIndex: runIndex)
        output = []
        return result
    }

    /// Appends printed text, merging with a preceding stream chunk. The chunk is taken out of the
    /// array before appending so the string is extended in place (no copy per print: printing N
    /// lines stays linear).
    func write(_ text: String) {
        if case var .stream(previous)? = output.last {
            output[output.count - 1] = .stream("")
            previous += text
            output[output.count - 1] = .stream(previous)
        } else {
            output.append(.stream(text))
        }
    }
}
