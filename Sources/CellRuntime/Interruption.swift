import CellLanguage
import CellCore

// A request to stop the running notebook (Ctrl-C, SIGTERM) is CellCore's `Interruption` (one
// flag for both interpreters), honoured here like a cell timeout: the interpreter notices it at
// its next deadline check (a loop iteration, a call, or a builtin's `checkCancellation()`), the
// running cell fails with "interrupted", and the runner writes the report with the remaining
// cells marked not run.

extension Interpreter {
    /// Throws "interrupted" at `span` when a stop was requested.
    func checkInterruption(at span: SourceSpan) throws {
        if Interruption.isRequested {
            throw RuntimeError("interrupted", at: span, notes: ["the run was stopped (Ctrl-C or SIGTERM); the cells after this one were not run"])
        }
    }
}
