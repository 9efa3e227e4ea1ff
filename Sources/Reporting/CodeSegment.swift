/// A run of cell source text with one lexical kind; a cell's code is the concatenation of its
/// segments (newlines included). The runner fills these from its own lexer.
public struct CodeSegment: Sendable, Equatable {
    /// The source text, verbatim; escaped when rendered.
    public var text: String
    /// How the text is highlighted.
    public var kind: CodeKind

    public init(_ text: String, _ kind: CodeKind = .plain) {
        self.text = text
        self.kind = kind
    }
}
