// The tokens of the cell language, as produced by `Lexer.tokenize`.

/// What kind of lexeme a token is. Comments and newlines are kept so a highlighter can
/// reproduce the source; the parser skips comments and treats newlines as statement separators.
public enum TokenKind: String, Sendable, Equatable {
    case keyword, identifier, integer, double, string, comment
    case `operator`, punctuation, newline, eof
}

/// One lexeme of a cell's source.
public struct Token: Sendable {
    public var kind: TokenKind
    /// The exact source text (for a string, including its quotes; for `eof`, empty).
    public var text: String
    public var span: SourceSpan
    /// Byte offsets into the cell's UTF-8 source: `source.utf8[utf8Range]` is `text`.
    public var utf8Range: Range<Int>
    /// The decoded value of an integer, double or string literal.
    public var literal: TokenLiteral?
    /// No whitespace (or opening bracket, comma, colon, semicolon) directly before the token.
    /// Swift uses this to tell a binary `a - b` / `a-b` from a prefix `-b` or postfix `x!`.
    public var isLeftBound: Bool
    /// No whitespace (or closing bracket, comma, colon, semicolon) directly after the token.
    public var isRightBound: Bool

    public init(kind: TokenKind, text: String, span: SourceSpan, utf8Range: Range<Int>,
                literal: TokenLiteral? = nil, isLeftBound: Bool = false, isRightBound: Bool = false) {
        self.kind = kind; self.text = text; self.span = span; self.utf8Range = utf8Range
        self.literal = literal; self.isLeftBound = isLeftBound; self.isRightBound = isRightBound
    }

    /// Swift's reserved words that the lexer reports as `.keyword` (contextual words such as
    /// `override` or `final` stay identifiers, as in Swift).
    public static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "operator", "private", "precedencegroup", "protocol",
        "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "as", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "_",
    ]
}

/// The decoded value of a literal token.
public enum TokenLiteral: Sendable {
    case int(Int)
    case double(Double)
    case string([StringSegment])
}

/// A piece of a string literal: decoded text, or the tokens of a `\( … )` interpolation
/// (without the surrounding `\(` and `)`), with the span between those delimiters.
public enum StringSegment: Sendable {
    case literal(String)
    case interpolation([Token], SourceSpan)
}
