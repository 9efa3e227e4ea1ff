import Foundation

/// Facts about one notebook run, shown in the report's header.
public struct RunFacts: Sendable, Equatable {
    /// When the run finished; shown in ISO 8601 (UTC), e.g. `2026-11-29T10:41:12Z`.
    public var generatedAt: Date
    /// Wall-clock time of the whole run, in seconds.
    public var totalSeconds: Double
    /// The run's random seed.
    public var seed: UInt64
    /// Counts of cells by outcome (see `CellStatus`).
    public var cellsSucceeded: Int
    public var cellsFailed: Int
    public var cellsNotRun: Int
    public var cellsSkipped: Int
    /// The version string of the tool that produced the report, e.g. `notebook 0.1.0`.
    public var toolVersion: String

    public init(
        generatedAt: Date, totalSeconds: Double, seed: UInt64,
        cellsSucceeded: Int, cellsFailed: Int, cellsNotRun: Int, cellsSkipped: Int,
        toolVersion: String
    ) {
        self.generatedAt = generatedAt
        self.totalSeconds = totalSeconds
        self.seed = seed
        self.cellsSucceeded = cellsSucceeded
        self.cellsFailed = cellsFailed
        self.cellsNotRun = cellsNotRun
        self.cellsSkipped = cellsSkipped
        self.toolVersion = toolVersion
    }
}
