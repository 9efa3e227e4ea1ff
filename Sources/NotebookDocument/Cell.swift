/// A fenced code block whose info string's first word is `swift`: code the runner executes.
public struct Cell: Sendable, Equatable {
    /// 0-based position among the notebook's cells.
    public var index: Int
    /// The cell's full text as written, option lines included (they are comments to the parser),
    /// so that line N of `source` is line `firstSourceLine + N - 1` of the notebook.
    public var source: String
    /// The line of the notebook holding the first line of `source` (the line after the fence).
    public var firstSourceLine: Int
    /// The line of the opening fence.
    public var fenceLine: Int
    /// The info string after the opening fence, e.g. `swift` or `swift title="x"`.
    public var infoString: String
    public var options: CellOptions
    /// Options that could not be understood; the runner reports them as the cell's failure.
    public var optionErrors: [DocumentDiagnostic]

    public init(
        index: Int, source: String, firstSourceLine: Int, fenceLine: Int, infoString: String,
        options: CellOptions, optionErrors: [DocumentDiagnostic] = []
    ) {
        self.index = index; self.source = source; self.firstSourceLine = firstSourceLine
        self.fenceLine = fenceLine; self.infoString = infoString; self.options = options
        self.optionErrors = optionErrors
    }

    /// The code to show in a report: `source` without its leading option lines.
    public var displayCode: String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.drop(while: { CellOptions.isOptionLine($0) })
        return body.joined(separator: "\n")
    }

    /// True when the cell holds no code: empty, only whitespace, or only option lines. Such a cell
    /// takes no execution count (as in Jupyter, where running an empty cell does not count).
    public var hasNoCode: Bool {
        displayCode.allSatisfy { $0.isWhitespace }
    }

    /// How many leading lines of `source` are option lines.
    public var optionLineCount: Int {
        source.split(separator: "\n", omittingEmptySubsequences: false).prefix(while: { CellOptions.isOptionLine($0) }).count
    }
}
