/// The outcome of one cell in a run: a closed vocabulary (as in marimo and Pluto.jl). Defined here,
/// the lowest module that needs it; the runner records it and the CLI prints its `label`.
public enum CellStatus: String, Sendable, Equatable, CaseIterable {
    /// The cell ran to completion (an expected error under `error: true` counts as success).
    case succeeded
    /// The cell's options, syntax or run failed (its outputs usually end with `.error`).
    case failed
    /// The cell was never reached, e.g. because an earlier cell failed.
    case notRun
    /// The cell was deliberately not run (an `eval: false` option).
    case skipped

    /// The word for it, in the report's badge and the CLI's progress line.
    public var label: String {
        switch self {
        case .succeeded: "ok"
        case .failed: "failed"
        case .notRun: "not run"
        case .skipped: "skipped"
        }
    }
}
