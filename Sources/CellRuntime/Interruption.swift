import CellLanguage
import Synchronization

/// A request to stop the running notebook (Ctrl-C, SIGTERM), honoured like a cell timeout: the
/// interpreter notices it at its next deadline check (a loop iteration, a call, or a builtin's
/// `checkCancellation()`), the running cell fails with "interrupted", and the runner writes the
/// report with the remaining cells marked not run. Jupyter's "interrupt kernel", for a batch run.
public enum Interruption {
    private static let flag = Atomic<Bool>(false)

    /// Asks the running cell to stop. Async-signal-safe (one atomic store), so a signal handler may call it.
    public static func request() { flag.store(true, ordering: .relaxed) }

    /// Whether a stop was requested.
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Clears the request (before a new run, e.g. in `notebook watch`).
    public static func reset() { flag.store(false, ordering: .relaxed) }
}

extension Interpreter {
    /// Throws "interrupted" at `span` when a stop was requested.
    func checkInterruption(at span: SourceSpan) throws {
        if Interruption.isRequested {
            throw RuntimeError("interrupted", at: span, notes: ["the run was stopped (Ctrl-C or SIGTERM); the cells after this one were not run"])
        }
    }
}
