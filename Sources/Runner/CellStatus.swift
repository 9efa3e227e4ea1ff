/// How a cell's run ended: a closed vocabulary (marimo, Pluto).
public enum CellStatus: String, Sendable, Equatable {
    /// The cell ran to its end (an expected error under `error: true` counts as success).
    case succeeded
    /// The cell's options, syntax or run failed.
    case failed
    /// An earlier cell failed, so this one was not run.
    case notRun
    /// `eval: false`: shown, never run.
    case skipped
}
