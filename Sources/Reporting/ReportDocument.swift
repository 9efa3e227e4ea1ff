/// A finished notebook run, ready to render: the whole input of `HTMLReport`.
///
/// `Reporting` is a leaf module: the runner fills these plain values from its own parse and run
/// results; nothing here knows about the interpreter, the parser or data frames.
public struct ReportDocument: Sendable, Equatable {
    /// The page title (shown as the `<h1>` and in the browser tab); plain text, escaped.
    public var title: String
    /// The notebook's path as the user gave it, e.g. `Notebooks/lesson5.md`; plain text, escaped.
    public var sourcePath: String
    /// Facts about the run shown in the header.
    public var facts: RunFacts
    /// The notebook's content in document order.
    public var blocks: [ReportBlock]

    public init(title: String, sourcePath: String, facts: RunFacts, blocks: [ReportBlock]) {
        self.title = title
        self.sourcePath = sourcePath
        self.facts = facts
        self.blocks = blocks
    }
}
