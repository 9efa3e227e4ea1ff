/// A cell error as shown in the report.
public struct ReportError: Sendable, Equatable {
    /// Where it happened in the notebook, e.g. `lesson5.md:12:5`; plain text.
    public var location: String
    /// What was expected, e.g. `expected ')' after arguments`; plain text.
    public var message: String
    /// Further notes ("did you mean `ratings`?"); plain text each.
    public var notes: [String]
    /// The offending source line(s) with a caret line under them, shown monospaced.
    public var excerpt: String?

    public init(location: String, message: String, notes: [String] = [], excerpt: String? = nil) {
        self.location = location
        self.message = message
        self.notes = notes
        self.excerpt = excerpt
    }
}
