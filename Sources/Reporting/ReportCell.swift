/// One code cell of the report: its source, outcome and outputs.
public struct ReportCell: Sendable, Equatable {
    /// The Jupyter-style execution number (`In [3]:`); `nil` for cells that did not run.
    public var executionCount: Int?
    /// Where the cell starts in the notebook, e.g. `lesson5.md:42`; plain text.
    public var location: String
    /// The highlighted source, in order.
    public var code: [CodeSegment]
    /// The cell's outcome.
    public var status: CellStatus
    /// Wall-clock time of the cell in seconds; `nil` when it did not run.
    public var seconds: Double?
    /// What the cell showed, in order.
    public var outputs: [ReportOutput]
    /// An optional label (Quarto's `label:` option); becomes the card's anchor id (slugged).
    public var label: String?
    /// An optional caption (Quarto's `fig-cap:`), shown under the outputs; plain text.
    public var caption: String?

    public init(
        executionCount: Int?, location: String, code: [CodeSegment], status: CellStatus,
        seconds: Double?, outputs: [ReportOutput], label: String? = nil, caption: String? = nil
    ) {
        self.executionCount = executionCount
        self.location = location
        self.code = code
        self.status = status
        self.seconds = seconds
        self.outputs = outputs
        self.label = label
        self.caption = caption
    }
}
