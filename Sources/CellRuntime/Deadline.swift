import CellLanguage
import Foundation

/// A cell's `timeout:` option, enforced cooperatively: the interpreter checks the deadline in
/// every loop iteration and every call of a cell function (the clock is read once every
/// `Interpreter.deadlineStride` checks, so the cost is an increment and a mask), and a long-running
/// builtin checks it through `BuiltinContext.checkCancellation()`. No thread is ever killed: the
/// cell stops by throwing a `RuntimeError` at the place it had reached.
extension Interpreter {
    /// How many cheap checks pass between two reads of the clock.
    static let deadlineStride: UInt32 = 1024

    /// Starts the clock for a cell with a timeout of `seconds` (nil or non-positive: no timeout).
    func startDeadline(seconds: Double?) {
        deadlineTicks = 0
        guard let seconds, seconds > 0, seconds.isFinite else {
            // No timeout: the checks still run (cheaply) so an interruption is noticed.
            deadline = UInt64.max; timeoutSeconds = 0
            return
        }
        timeoutSeconds = seconds
        let nanoseconds = min(seconds * 1e9, Double(UInt64.max / 4))
        deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(nanoseconds)
        deadlineTicks = 0
    }

    /// The cheap check: reads the clock only once every `deadlineStride` calls.
    @inline(__always)
    func checkDeadline(at span: SourceSpan) throws {
        deadlineTicks &+= 1
        if deadlineTicks & (Interpreter.deadlineStride - 1) == 0 { try checkDeadlineNow(at: span) }
    }

    /// Reads the clock and throws the timeout error when the cell is past its deadline.
    func checkDeadlineNow(at span: SourceSpan) throws {
        try checkInterruption(at: span)
        guard deadline != UInt64.max, DispatchTime.now().uptimeNanoseconds >= deadline else { return }
        throw RuntimeError("cell exceeded its timeout of \(Interpreter.secondsText(timeoutSeconds)) s", at: span,
                           notes: ["raise the cell's '//| timeout: SECONDS' option or make the cell do less work"])
    }

    /// `2` for whole seconds, `0.5` otherwise.
    static func secondsText(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}

extension BuiltinContext {
    /// Throws "cell exceeded its timeout of N s" (located at this builtin's call) when the running
    /// cell is past its `timeout:` deadline; does nothing when the cell has no timeout. Builtins
    /// that run long (training loops, big scans) call it every epoch or batch so a cell's
    /// timeout stops them too. Cost: one read of the monotonic clock.
    public func checkCancellation() throws {
        try interpreter.checkDeadlineNow(at: span)
    }
}
