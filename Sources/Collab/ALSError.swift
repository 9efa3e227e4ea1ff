/// Errors from alternating least squares and its engines. Each case carries the offending value
/// or the cause; `description` says what was expected and, for Spark, what to do.
public enum ALSError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A hyper-parameter outside its range.
    case invalidParameter(name: String, value: String, expected: String)
    /// No training rows (every row went to validation).
    case noTrainingData
    /// `predict()` or the factors were asked for before `fit()`.
    case notFitted
    /// LAPACK could not solve one normal equation (`info` from `sposv`).
    case solveFailed(kind: String, index: Int, info: Int)
    /// The Spark master URL is not one Spark accepts.
    case invalidMaster(String, expected: String)
    /// Something the Spark engine needs is not installed (`what` says which, `fix` how).
    case sparkNotInstalled(what: String, fix: String)
    /// The Spark master (or Spark Connect server) does not accept connections.
    case sparkUnreachable(master: String, cause: String)
    /// The Spark job did not finish within the time limit; it was stopped.
    case sparkTimeout(master: String, seconds: Double, phase: String, log: String)
    /// The Spark job failed; `cause` is the job script's own report (or the exit status), `log`
    /// the path of the full driver log.
    case sparkJobFailed(master: String, cause: String, log: String)
    /// The job's result files are missing or malformed.
    case sparkBadResult(file: String, problem: String)
    /// Writing the job's input or reading its output failed.
    case io(path: String, problem: String)

    public var description: String {
        switch self {
        case .invalidParameter(let name, let value, let expected):
            return "expected \(name) to be \(expected), got \(value)"
        case .noTrainingData:
            return "expected at least one training rating, but every row is in the validation set"
        case .notFitted:
            return "expected a fitted ALS learner: call fit() first"
        case .solveFailed(let kind, let index, let info):
            return "expected a positive definite normal equation for \(kind) \(index), but LAPACK sposv returned info=\(info)"
        case .invalidMaster(let master, let expected):
            return "expected a Spark master URL (\(expected)), got '\(master)'"
        case .sparkNotInstalled(let what, let fix):
            return "the Spark engine needs \(what): \(fix)"
        case .sparkUnreachable(let master, let cause):
            return "cannot reach the Spark master \(master): \(cause)"
        case .sparkTimeout(let master, let seconds, let phase, let log):
            return "the Spark job on \(master) did not \(phase) within \(Int(seconds)) s and was stopped (driver log: \(log))"
        case .sparkJobFailed(let master, let cause, let log):
            return "the Spark job on \(master) failed: \(cause) (driver log: \(log))"
        case .sparkBadResult(let file, let problem):
            return "expected a complete result from the Spark job in \(file): \(problem)"
        case .io(let path, let problem):
            return "\(path): \(problem)"
        }
    }
}
