/// Why `HTMLReport.write` could not write a report; every case names the report's path.
public enum ReportWriteError: Error, Equatable, CustomStringConvertible {
    /// The report's folder did not exist and could not be created.
    case cannotCreateFolder(report: String, folder: String, reason: String)
    /// The temporary file beside the report could not be created or written (the old report,
    /// if any, is left unchanged).
    case cannotWriteTemporaryFile(report: String, temporary: String, reason: String)
    /// The finished temporary file could not be renamed over the report (the old report, if
    /// any, is left unchanged; the temporary file is removed).
    case cannotReplace(report: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let report, let folder, let reason):
            "cannot write report \(report): expected to create its folder \(folder): \(reason)"
        case .cannotWriteTemporaryFile(let report, let temporary, let reason):
            "cannot write report \(report): expected to write the temporary file \(temporary): \(reason)"
        case .cannotReplace(let report, let reason):
            "cannot write report \(report): expected to rename the finished temporary file over it: \(reason)"
        }
    }

    /// The report's path.
    public var reportPath: String {
        switch self {
        case .cannotCreateFolder(let report, _, _), .cannotWriteTemporaryFile(let report, _, _),
            .cannotReplace(let report, _):
            report
        }
    }
}
