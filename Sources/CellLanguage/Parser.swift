// The parser's entry point and its token cursor, error reporting and recovery.
//
// A recursive-descent parser for statements and a Pratt (precedence-climbing) parser for
// expressions, driven by the one table in `Precedence.swift`. Statement rules live in
// Parser+Statements.swift, declarations in Parser+Declarations.swift, expressions in
// Parser+Expressions.swift and type annotations in Parser+Types.swift.

/// The statements of one cell and every syntax error found in it (lexer and parser), in
/// source order. When `errors` is not empty the statements are a best-effort partial tree.
public struct ParseResult: Sendable {
    public var statements: [Stmt]
    public var errors: [SyntaxError]
    public init(statements: [Stmt], errors: [SyntaxError]) { self.statements = statements; self.errors = errors }
}

/// Parses the cell language (DESIGN.md, "The cell language").
public enum CellParser {
    /// Lexes and parses one cell. Never traps: every problem becomes a `SyntaxError`, and the
    /// parser recovers at the next statement so one cell can report several errors.
    public static func parse(_ source: String) -> ParseResult {
        let (tokens, lexErrors) = Lexer.tokenize(source)
        var parser = Parser(tokens: tokens)
        let statements = parser.parseStatements(insideBraces: false)
        let errors = (lexErrors + parser.errors).enumerated()
            .sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }
            .map(\.element)
        return ParseResult(statements: statements, errors: errors)
    }
}

/// Thrown inside the parser after an error was recorded, to unwind to the enclosing statement.
struct ParseFailure: Error {}

/// The parser state: significant tokens (no comments or newlines) and, for each, whether a
/// newline came before it.
struct Parser {
    var tokens: [Token]
    var newlineBefore: [Bool]
    var index = 0
    var errors: [SyntaxError] = []
    /// False inside the condition of `if`/`guard`/`while` and the sequence of `for`, where `{`
    /// starts the body rather than a trailing closure (as in Swift).
    var allowsTrailingClosure = true
    var depth = 0
    static let maximumDepth = 256

    init(tokens: [Token]) {
        var significant: [Token] = []
        var newlines: [Bool] = []
        var sawNewline = false
        for token in tokens {
            switch token.kind {
            case .comment: continue
            case .newline: sawNewline = true
            default:
                significant.append(token)
                newlines.append(sawNewline)
                sawNewline = false
            }
        }
        if significant.last?.kind != .eof {
            let end = significant.last?.span.end ?? SourcePosition(line: 1, column: 1)
            let offset = significant.last?.utf8Range.upperBound ?? 0
            significant.append(Token(kind: .eof, text: "", span: SourceSpan(start: end, end: end), utf8Range: offset..<offset))
            newlines.append(false)
        }
        self.tokens = significant
        self.newlineBefore = newlines
    }

    // MARK: - Looking at tokens

    var current: Token { tokens[min(index, tokens.count - 1)] }
    func peek(_ ahead: Int) -> Token { tokens[min(index + ahead, tokens.count - 1)] }
    var isAtEnd: Bool { current.kind == .eof }
    /// Whether the current token starts a new line.
    var atLineStart: Bool { index < newlineBefore.count && newlineBefore[index] }
    /// Where the last consumed token ended (the start of the cell before any token).
    var previousEnd: SourcePosition { index > 0 ? tokens[min(index, tokens.count) - 1].span.end : current.span.start }

    func isPunctuation(_ text: String, _ ahead: Int = 0) -> Bool {
        let t = peek(ahead)
        return t.kind == .punctuation && t.text == text
    }
    func isKeyword(_ text: String, _ ahead: Int = 0) -> Bool {
        let t = peek(ahead)
        return t.kind == .keyword && t.text == text
    }
    func isOperator(_ text: String) -> Bool { current.kind == .operator && current.text == text }

    @discardableResult
    mutating func advance() -> Token {
        let t = current
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    /// A span from `start` to the end of the last consumed token.
    func span(from start: SourcePosition) -> SourceSpan { SourceSpan(start: start, end: max(start, previousEnd)) }

    // MARK: - Errors

    /// Where an "expected …" error points: at the offending token, or just after the previous
    /// token when the offending one is on a later line or is the end of the cell.
    var errorSpan: SourceSpan {
        if (isAtEnd || atLineStart) && index > 0 { return SourceSpan(start: previousEnd, end: previousEnd) }
        return current.span
    }

    /// Records an error at `span` (default: `errorSpan`) and returns the failure to throw.
    mutating func failure(_ message: String, at span: SourceSpan? = nil) -> ParseFailure {
        errors.append(SyntaxError(message: message, span: span ?? errorSpan))
        return ParseFailure()
    }

    /// Consumes the punctuation `text` or fails with `message`.
    @discardableResult
    mutating func expect(_ text: String, _ message: String) throws -> Token {
        guard isPunctuation(text) else { throw failure(message) }
        return advance()
    }

    /// A description of the current token for messages: `'foo'`, `end of cell`, `newline`.
    var currentDescription: String {
        if isAtEnd { return "end of cell" }
        return "'\(current.text)'"
    }

    /// Skips to the start of the next statement: the next token on a new line or after `;`
    /// that is not inside brackets opened while skipping, or a `}` that closes the enclosing
    /// block. Always consumes at least one token when nothing of the statement was consumed.
    mutating func synchronize(statementStart: Int) {
        var nesting = 0
        var first = index == statementStart
        while !isAtEnd {
            if !first && nesting == 0 && (atLineStart || isPunctuation(";")) { return }
            if nesting == 0 && isPunctuation("}") { return }
            first = false
            if isPunctuation("{") || isPunctuation("(") || isPunctuation("[") { nesting += 1 }
            if (isPunctuation("}") || isPunctuation(")") || isPunctuation("]")) && nesting > 0 { nesting -= 1 }
            advance()
        }
    }

    /// Guards recursion on nested user input so a deeply nested cell is an error, not a crash.
    mutating func enterNesting() throws {
        depth += 1
        if depth > Self.maximumDepth {
            throw failure("expressions or blocks are nested too deeply; expected at most \(Self.maximumDepth) levels")
        }
    }

    /// Runs `body` speculatively: on failure (a thrown error or a nil result) the position,
    /// errors and tokens are restored and nil is returned.
    mutating func attempt<T>(_ body: (inout Parser) throws -> T?) -> T? {
        let saved = (index, errors.count, tokens, depth)
        if let result = try? body(&self) { return result }
        index = saved.0
        errors.removeSubrange(saved.1...)
        tokens = saved.2
        depth = saved.3
        return nil
    }
}
