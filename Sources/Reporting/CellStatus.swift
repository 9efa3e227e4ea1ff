/// The outcome of one cell in a run: a closed vocabulary (as in marimo and Pluto.jl).
public enum CellStatus: String, Sendable, Equatable, CaseIterable {
    /// The cell ran to completion.
    case succeeded
    /// The cell raised an error (its outputs usually end with `.error`).
    case failed
    /// The cell was never reached, e.g. because an earlier cell failed.
    case notRun
    /// The cell was deliberately not run (an `eval: false` option).
    case skipped

    /// The badge text shown in the report.
    public var label: String {
        switch self {
        case .succeeded: "ok"
        case .failed: "failed"
        case .notRun: "not run"
        case .skipped: "skipped"
        }
    }
}
