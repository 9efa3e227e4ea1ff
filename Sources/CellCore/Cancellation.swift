// Stopping a running cell from outside: a cell's time limit (`timeout:`) and a request to stop
// (Ctrl-C, SIGTERM, Jupyter's interrupt). Both are checked cooperatively at every loop iteration
// and every call: a counter and a mask each time, the clock and the flag once every
// `Runtime.tickStride` checks. No thread is ever killed: the cell stops with an error at the loop or
// call it had reached, and the session stays usable.

import CellSyntax
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A request to stop the running cell (and the run), honoured at the cell's next check.
public enum Interruption {
    private static let flag = Atomic<Bool>(false)

    /// Asks the running cell to stop. Async-signal-safe (one atomic store), so a signal handler
    /// may call it.
    public static func request() { flag.store(true, ordering: .relaxed) }

    /// Whether a stop was requested.
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Clears the request (before a new run).
    public static func reset() { flag.store(false, ordering: .relaxed) }
}

extension Runtime {
    /// Checks between two reads of the clock and the interruption flag.
    static let tickStride: UInt32 = 1024

    /// The cheap check at loop iterations and calls.
    @inline(__always) func tick(_ span: SourceSpan) throws {
        ticks &+= 1
        if ticks & (Runtime.tickStride - 1) == 0 { try checkStop(span) }
    }

    /// Throws when a stop was requested or the cell is past its deadline.
    func checkStop(_ span: SourceSpan) throws {
        if Interruption.isRequested {
            throw RuntimeTrap(
                message: "interrupted", position: span.start,
                notes: ["the run was stopped (Ctrl-C or SIGTERM); the cells after this one were not run"])
        }
        if deadline != 0, Runtime.now() >= deadline {
            throw RuntimeTrap(
                message: "cell exceeded its timeout of \(Runtime.secondsText(timeoutSeconds)) s", position: span.start,
                notes: ["raise the cell's '//| timeout: SECONDS' option or make the cell do less work"])
        }
    }

    /// Starts a cell's clock (nil or non-positive seconds: no limit).
    func startDeadline(seconds: Double?) {
        ticks = 0
        guard let seconds, seconds > 0, seconds.isFinite else {
            deadline = 0
            timeoutSeconds = 0
            return
        }
        timeoutSeconds = seconds
        deadline = Runtime.now() &+ UInt64(min(seconds * 1e9, Double(UInt64.max / 4)))
    }

    /// Monotonic nanoseconds.
    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
    }

    /// `2` for whole seconds, `0.5` otherwise.
    static func secondsText(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}

extension HostCall {
    /// Throws the cell's stop error (timeout or interruption) when it applies; long-running host
    /// code (training loops, big scans) calls it every epoch or batch. Cost: one clock read.
    public func checkCancellation() throws {
        try runtime.checkStop(span)
    }
}
