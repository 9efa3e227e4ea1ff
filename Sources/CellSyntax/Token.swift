// The tokens of a cell, as `Lexer.tokenize` produces them for the parser.

/// What kind of lexeme a token is. Comments and whitespace are not tokens; a token records
/// whether a newline came before it, which is all the parser needs of them.
public enum TokenKind: Sendable, Equatable {
    /// A name: `x`, `` `class` `` (text without the backticks), `$0`, or a contextual word such
    /// as `get`, `mutating` or `some`.
    case identifier
    /// A reserved word (`Token.keywords`).
    case keyword
    case integerLiteral
    case floatLiteral
    case stringLiteral
    /// A run of operator characters: `+`, `..<`, `?`, `!`, `&`, `??`. Whether it is prefix,
    /// postfix or infix follows from `isLeftBound` and `isRightBound`, as in Swift.
    case `operator`
    /// `( ) [ ] { } , : ; . @ \` and the reserved operator-like tokens `=` and `->`.
    case punctuation
    /// `#available`, `#unavailable`, `#if`, `#selector`, …: `#` and the word after it.
    case poundKeyword
    case eof
}

/// One lexeme of a cell's source.
public struct Token: Sendable {
    public var kind: TokenKind
    /// The source text (an identifier without backticks; for a literal, its text with `_`
    /// separators removed; for a string, the text as written).
    public var text: String
    public var span: SourceSpan
    /// A newline (or a comment containing one) comes between the previous token and this one.
    public var newlineBefore: Bool
    /// No whitespace (or `(`, `[`, `{`, `,`, `;`, `:`) directly before the token: Swift's rule
    /// for telling `a - b` and `a-b` (infix) from `-b` (prefix) and `x!` (postfix).
    public var isLeftBound: Bool
    /// No whitespace (or `)`, `]`, `}`, `,`, `;`, `:`, or a `.` after a left-bound operator)
    /// directly after the token.
    public var isRightBound: Bool
    /// `` `name` ``: an identifier written with backticks (so `` `self` `` is not `self`).
    public var isEscaped: Bool
    /// The decoded parts of a string literal.
    public var stringParts: [LexedStringPart]

    public init(
        kind: TokenKind, text: String, span: SourceSpan, newlineBefore: Bool = false,
        isLeftBound: Bool = false, isRightBound: Bool = false, isEscaped: Bool = false,
        stringParts: [LexedStringPart] = []
    ) {
        self.kind = kind
        self.text = text
        self.span = span
        self.newlineBefore = newlineBefore
        self.isLeftBound = isLeftBound
        self.isRightBound = isRightBound
        self.isEscaped = isEscaped
        self.stringParts = stringParts
    }

    /// Infix: bound on both sides or on neither (`a+b`, `a + b`).
    public var isInfixForm: Bool { isLeftBound == isRightBound }
    /// Prefix: bound on the right only (`-x`).
    public var isPrefixForm: Bool { isRightBound && !isLeftBound }
    /// Postfix: bound on the left only (`x!`, `a...`).
    public var isPostfixForm: Bool { isLeftBound && !isRightBound }

    func isPunctuation(_ text: String) -> Bool { kind == .punctuation && self.text == text }
    func isKeyword(_ text: String) -> Bool { kind == .keyword && self.text == text }
    func isOperator(_ text: String) -> Bool { kind == .operator && self.text == text }
    func isIdentifier(_ text: String) -> Bool { kind == .identifier && !isEscaped && self.text == text }

    /// Swift's reserved words. Contextual words (`get`, `set`, `mutating`, `override`, `lazy`,
    /// `some`, `any`, `infix`, …) are identifiers, as in Swift, and the parser recognises them
    /// where they have a meaning.
    public static let keywords: Set<String> = [
        // Declarations.
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "operator", "private", "precedencegroup", "protocol",
        "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        // Statements.
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        // Expressions and types.
        "as", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "_",
    ]
}

/// A piece of a string literal: decoded text, or the tokens of a `\( … )` interpolation
/// (without the delimiters) and the span of the whole `\( … )`.
public enum LexedStringPart: Sendable {
    case literal(String)
    case interpolation([Token], SourceSpan)
}
