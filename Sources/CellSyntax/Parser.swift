// The parser's entry point and its token cursor, error reporting, recovery and speculation.
//
// A recursive-descent parser for statements and declarations and a precedence-climbing parser
// for expressions, driven by the one table in Precedence.swift. Statement rules live in
// Parser+Statements.swift, declarations in Parser+Declarations.swift, expressions in
// Parser+Expressions.swift, patterns in Parser+Patterns.swift and types in Parser+Types.swift.

/// Thrown inside the parser after an error was recorded, to unwind to the enclosing statement.
struct ParseFailure: Error {}

/// Parses one cell of Swift into `ParsedCell` (AST.swift).
public struct Parser {
    /// Lexes and parses one cell. Never traps: every problem becomes a `SyntaxError`, and the
    /// parser recovers at the next statement so one cell can report several errors. `operators`
    /// holds the operators declared by earlier cells (`OperatorTable.declaring(_:)`); the cell's
    /// own operator declarations are seen before its first statement, as in Swift.
    public static func parse(_ source: String, operators: OperatorTable = .standard) -> ParsedCell {
        let (tokens, lexErrors) = Lexer.tokenize(source)
        var parser = Parser(tokens: tokens, operators: operators)
        parser.declareOperators()
        let statements = parser.parseTopLevel()
        // In source order; a lexer error inside a token comes before parser errors at that token
        // (swiftc lexes a token before parsing it).
        func tokenStart(_ position: SourcePosition) -> SourcePosition {
            tokens.last { $0.span.start <= position }?.span.start ?? position
        }
        let keyed = lexErrors.map { (tokenStart($0.span.start), 0, $0) } + parser.errors.map { ($0.span.start, 1, $0) }
        let errors = keyed.enumerated()
            .sorted {
                ($0.element.0, $0.element.1, $0.element.2.span.start, $0.offset)
                    < ($1.element.0, $1.element.1, $1.element.2.span.start, $1.offset)
            }
            .map(\.element.2)
        return ParsedCell(statements: statements, errors: errors)
    }

    var tokens: [Token]
    var index = 0
    var errors: [SyntaxError] = []
    var operators: OperatorTable
    /// False inside the condition of `if`/`guard`/`while`/`switch` and the sequence of `for`,
    /// where `{` starts the body rather than a trailing closure (as in Swift).
    var allowsTrailingClosure = true
    var depth = 0
    static let maximumDepth = 64
    /// Tokens consumed so far, backtracking included, and the most that speculation may use:
    /// past it `attempt` and `lookahead` give up at once, so broken input that would make the
    /// parser retry nested alternatives (a `switch` inside a `case` pattern inside a `switch`…)
    /// cannot take exponential time. Valid cells stay far below it.
    var steps = 0
    var stepLimit = 0
    /// Inside a protocol's braces, where functions have no bodies.
    var inProtocol = false
    /// Inside the braces of a type, protocol or extension (not in a function body there), where
    /// accessors may have no bodies: protocol requirements, and the library's declarations
    /// that the host implements (swiftc would want bodies; the checker decides).
    var inTypeBody = false

    /// Runs `body` as code inside a function, closure or statement block: not directly in a
    /// type's braces.
    mutating func inCodeBlock<T>(_ body: (inout Parser) throws -> T) rethrows -> T {
        let saved = (inProtocol, inTypeBody)
        (inProtocol, inTypeBody) = (false, false)
        defer { (inProtocol, inTypeBody) = saved }
        return try body(&self)
    }

    init(tokens: [Token], operators: OperatorTable) {
        var tokens = tokens
        if tokens.last?.kind != .eof {
            let end = tokens.last?.span.end ?? SourcePosition(line: 1, column: 1)
            tokens.append(Token(kind: .eof, text: "", span: SourceSpan(at: end)))
        }
        self.tokens = tokens
        self.operators = operators
        self.stepLimit = 64 * tokens.count + 4096
    }

    // MARK: - Looking at tokens

    var current: Token { tokens[min(index, tokens.count - 1)] }
    func peek(_ ahead: Int = 1) -> Token { tokens[min(index + ahead, tokens.count - 1)] }
    var isAtEnd: Bool { current.kind == .eof }
    /// Whether the current token starts a new line.
    var atLineStart: Bool { current.newlineBefore }
    /// Where the last consumed token ended (the start of the cell before any token).
    var previousEnd: SourcePosition { index > 0 ? tokens[min(index, tokens.count) - 1].span.end : current.span.start }

    func isPunctuation(_ text: String, _ ahead: Int = 0) -> Bool { peek(ahead).isPunctuation(text) }
    func isKeyword(_ text: String, _ ahead: Int = 0) -> Bool { peek(ahead).isKeyword(text) }
    func isOperator(_ text: String, _ ahead: Int = 0) -> Bool { peek(ahead).isOperator(text) }
    func isIdentifier(_ text: String, _ ahead: Int = 0) -> Bool { peek(ahead).isIdentifier(text) }

    @discardableResult
    mutating func advance() -> Token {
        let t = current
        steps += 1
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    /// Consumes the current token when it is the punctuation `text`.
    mutating func consume(_ text: String) -> Token? {
        isPunctuation(text) ? advance() : nil
    }

    /// A span from `start` to the end of the last consumed token.
    func span(from start: SourcePosition) -> SourceSpan { SourceSpan(start: start, end: max(start, previousEnd)) }

    /// Replaces the current operator token (`>>`, `>=`) by its first character and the rest,
    /// so a generic argument list can close on `>`.
    mutating func splitCurrentOperator() {
        let token = current
        guard token.kind == .operator, token.text.count > 1 else { return }
        var first = token
        first.text = String(token.text.prefix(1))
        let middle = SourcePosition(line: token.span.start.line, column: token.span.start.column + 1)
        first.span = SourceSpan(start: token.span.start, end: middle)
        first.isRightBound = true
        var rest = token
        rest.text = String(token.text.dropFirst())
        rest.span = SourceSpan(start: middle, end: token.span.end)
        rest.isLeftBound = true
        rest.newlineBefore = false
        if rest.text == "=" { rest.kind = .punctuation }
        tokens[index] = first
        tokens.insert(rest, at: index + 1)
    }

    // MARK: - Errors

    /// Records an error at `span` (default: the current token) and returns the failure to throw.
    mutating func failure(_ message: String, at span: SourceSpan? = nil) -> ParseFailure {
        record(message, at: span ?? SourceSpan(at: current.span.start))
        return ParseFailure()
    }

    /// Records an error without unwinding.
    mutating func record(_ message: String, at span: SourceSpan) {
        errors.append(SyntaxError(message: message, span: span))
    }

    /// Where swiftc reports a missing closing token: the end of the previous token when the
    /// current one starts a new line or ends the cell, else the current token.
    var missingTokenSpan: SourceSpan {
        if (isAtEnd || atLineStart) && index > 0 { return SourceSpan(at: previousEnd) }
        return SourceSpan(at: current.span.start)
    }

    /// Consumes the punctuation `text` or fails with `message` at the current token.
    @discardableResult
    mutating func expect(_ text: String, _ message: String) throws -> Token {
        guard isPunctuation(text) else { throw failure(message, at: missingTokenSpan) }
        return advance()
    }

    /// Skips to the start of the next statement: the next token on a new line or after `;`
    /// that is not inside brackets opened while skipping, or a `}` that closes the enclosing
    /// block. Always consumes at least one token when nothing of the statement was consumed.
    mutating func synchronize(statementStart: Int) {
        var nesting = 0
        var first = index == statementStart
        while !isAtEnd {
            if nesting == 0 && !first && (atLineStart || isPunctuation(";") || isPunctuation("}")) { return }
            first = false
            if isPunctuation("{") || isPunctuation("(") || isPunctuation("[") {
                nesting += 1
            } else if isPunctuation("}") || isPunctuation(")") || isPunctuation("]") {
                if nesting == 0 && isPunctuation("}") { return }
                nesting = max(0, nesting - 1)
            }
            advance()
        }
    }

    /// Guards recursion on nested user input so a deeply nested cell is an error, not a crash.
    mutating func enterNesting() throws {
        depth += 1
        if depth > Self.maximumDepth {
            throw failure("expressions or blocks are nested too deeply")
        }
    }

    /// Runs `body` speculatively: on failure (a thrown error or a nil result) the position,
    /// errors and tokens are restored and nil is returned.
    mutating func attempt<T>(_ body: (inout Parser) throws -> T?) -> T? {
        guard steps < stepLimit else { return nil }
        let saved = (index, errors.count, tokens, depth, allowsTrailingClosure)
        if let result = try? body(&self) { return result }
        index = saved.0
        errors.removeSubrange(saved.1...)
        tokens = saved.2
        depth = saved.3
        allowsTrailingClosure = saved.4
        return nil
    }

    /// Whether `body` would succeed from here; nothing is consumed.
    mutating func lookahead(_ body: (inout Parser) throws -> Bool) -> Bool {
        guard steps < stepLimit else { return false }
        let saved = (index, errors.count, tokens, depth, allowsTrailingClosure)
        let result = (try? body(&self)) ?? false
        index = saved.0
        errors.removeSubrange(saved.1...)
        tokens = saved.2
        depth = saved.3
        allowsTrailingClosure = saved.4
        return result
    }

    /// Runs `body` with trailing closures allowed or not, restoring the previous rule.
    mutating func with<T>(trailingClosures: Bool, _ body: (inout Parser) throws -> T) rethrows -> T {
        let saved = allowsTrailingClosure
        allowsTrailingClosure = trailingClosures
        defer { allowsTrailingClosure = saved }
        return try body(&self)
    }

    // MARK: - Operator declarations seen ahead

    /// Adds the cell's `infix operator` and `precedencegroup` declarations to the table before
    /// parsing, since Swift lets a cell use an operator above its declaration.
    mutating func declareOperators() {
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.isKeyword("operator"), i > 0, ["infix", "prefix", "postfix"].contains(tokens[i - 1].text),
                i + 1 < tokens.count
            {
                let name = tokens[i + 1].text
                var group: String?
                if i + 3 < tokens.count, tokens[i + 2].isPunctuation(":"), tokens[i + 3].kind == .identifier {
                    group = tokens[i + 3].text
                }
                operators.declareOperator(fixity: tokens[i - 1].text, name: name, precedenceGroup: group)
            }
            if t.isKeyword("precedencegroup"), i + 2 < tokens.count, tokens[i + 2].isPunctuation("{") {
                var higher: [String] = []
                var lower: [String] = []
                var associativity: String?
                var assignment = false
                var j = i + 3
                var key = ""
                while j < tokens.count, !tokens[j].isPunctuation("}"), tokens[j].kind != .eof {
                    let u = tokens[j]
                    if j + 1 < tokens.count, tokens[j + 1].isPunctuation(":") {
                        key = u.text
                        j += 2
                        continue
                    }
                    switch key {
                    case "higherThan" where u.kind == .identifier: higher.append(u.text)
                    case "lowerThan" where u.kind == .identifier: lower.append(u.text)
                    case "associativity": associativity = u.text
                    case "assignment": assignment = u.text == "true"
                    default: break
                    }
                    j += 1
                }
                operators.declareGroup(
                    name: tokens[i + 1].text, higherThan: higher, lowerThan: lower, associativity: associativity,
                    assignment: assignment)
            }
            i += 1
        }
    }
}
