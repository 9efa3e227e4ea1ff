// Turns a cell's source into tokens (Swift's lexical rules, restricted to the cell language).

/// The lexer: a value-type cursor over the source that emits one token at a time.
///
/// Follows Swift's lexical structure (The Swift Programming Language, "Lexical Structure"):
/// maximal-munch operators with the whitespace rule for prefix/postfix/binary, `_`-separated
/// integer literals, `1e-2` doubles (`.5` is rejected as in Swift), string escapes `\n \t \r \0
/// \" \' \\ \u{…}` and `\( … )` interpolation, `"""` multi-line strings with indentation
/// stripping, `//` and nestable `/* */` comments, `$0` closure arguments.
public struct Lexer {
    private var cursor: SourceCursor
    private var errors: [SyntaxError] = []
    /// The last token that was not a comment or newline (to lex `t.0.1` as tuple indices).
    private var lastSignificant: Token?
    /// How many `\(` interpolations enclose the cursor (bounded so hostile input cannot
    /// exhaust the stack).
    private var interpolationDepth = 0
    private static let maximumInterpolationDepth = 16

    private init(_ source: String) { cursor = SourceCursor(source) }

    /// Splits `source` into tokens, ending with one `.eof` token. Never fails: problems are
    /// returned as errors and the lexer carries on after them.
    public static func tokenize(_ source: String) -> (tokens: [Token], errors: [SyntaxError]) {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = lexer.nextToken()
            tokens.append(token)
            if token.kind == .eof { break }
        }
        return (tokens, lexer.errors)
    }

    // MARK: - Scanning one token

    private static let operatorCharacters: Set<Character> = ["/", "=", "-", "+", "!", "*", "%", "<", ">", "&", "|", "^", "~", "?"]
    private static let punctuationCharacters: Set<Character> = ["(", ")", "[", "]", "{", "}", ",", ":", ";", "@", "#"]
    private static let leftBoundaries: Set<Character> = ["(", "[", "{", ",", ";", ":"]
    private static let rightBoundaries: Set<Character> = [")", "]", "}", ",", ";", ":"]

    private mutating func nextToken() -> Token {
        while true {
            while let c = cursor.peek(), c == " " || c == "\t" || c == "\u{0B}" || c == "\u{0C}" { cursor.advance() }
            let start = Start(index: cursor.index, offset: cursor.utf8Offset, position: cursor.position)
            guard let c = cursor.peek() else { return make(.eof, from: start) }
            if c.isNewline {
                cursor.advance()
                return make(.newline, from: start)
            }
            if c == "/" && cursor.peek(1) == "/" {
                while let d = cursor.peek(), !d.isNewline { cursor.advance() }
                return make(.comment, from: start)
            }
            if c == "/" && cursor.peek(1) == "*" { return blockComment(from: start) }
            if c.isASCII && c.isNumber { return number(from: start) }
            if c == "." && (cursor.peek(1)?.isASCII ?? false) && (cursor.peek(1)?.isNumber ?? false)
                && !isLeftBound(start.index) {
                // `.5`: Swift requires a leading digit.
                cursor.advance()
                consumeDigits()
                let text = cursor.text(from: start.index, to: cursor.index)
                error("'\(text)' is not a valid floating-point literal; expected it written as '0\(text)'", span(from: start))
                return make(.double, from: start, literal: .double(Double("0" + text.filter { $0 != "_" }) ?? 0))
            }
            if c == "_" || c.isLetter { return identifier(from: start) }
            if c == "$" { return dollarIdentifier(from: start) }
            if c == "`" { return backtickIdentifier(from: start) }
            if c == "\"" { return string(from: start) }
            if c == "." {
                if cursor.peek(1) == "." { return operatorToken(from: start) }
                cursor.advance()
                return make(.punctuation, from: start)
            }
            if Self.operatorCharacters.contains(c) { return operatorToken(from: start) }
            if Self.punctuationCharacters.contains(c) {
                cursor.advance()
                return make(.punctuation, from: start)
            }
            cursor.advance()
            error("unexpected character '\(c)'; expected code of the Swift cell language", span(from: start))
        }
    }

    private struct Start { var index: Int; var offset: Int; var position: SourcePosition }

    private func span(from start: Start) -> SourceSpan { SourceSpan(start: start.position, end: cursor.position) }

    private func isLeftBound(_ index: Int) -> Bool {
        guard index > 0, let c = cursor.peek(index - 1 - cursor.index) else { return false }
        return !(c.isWhitespace || Self.leftBoundaries.contains(c))
    }

    private mutating func make(_ kind: TokenKind, from start: Start, literal: TokenLiteral? = nil) -> Token {
        let text = cursor.text(from: start.index, to: cursor.index)
        let leftBound = isLeftBound(start.index)
        var rightBound = false
        if let next = cursor.peek() {
            rightBound = !(next.isWhitespace || Self.rightBoundaries.contains(next))
            // Swift: an operator with no space on the left followed by `.` is postfix (`x!.y`).
            if next == "." && leftBound && kind == .operator { rightBound = false }
            if next == "/" && (cursor.peek(1) == "/" || cursor.peek(1) == "*") { rightBound = false }
        }
        let token = Token(kind: kind, text: text, span: span(from: start),
                          utf8Range: start.offset..<cursor.utf8Offset, literal: literal,
                          isLeftBound: leftBound, isRightBound: rightBound)
        if kind != .comment && kind != .newline { lastSignificant = token }
        return token
    }

    private mutating func error(_ message: String, _ span: SourceSpan) {
        errors.append(SyntaxError(message: message, span: span))
    }

    // MARK: - Comments

    private mutating func blockComment(from start: Start) -> Token {
        cursor.advance(by: 2)
        var depth = 1
        while depth > 0 {
            if cursor.isAtEnd {
                error("unterminated '/*' comment; expected '*/'", SourceSpan(start: start.position, end: cursor.position))
                break
            }
            if cursor.starts(with: "/*") { cursor.advance(by: 2); depth += 1 }
            else if cursor.starts(with: "*/") { cursor.advance(by: 2); depth -= 1 }
            else { cursor.advance() }
        }
        return make(.comment, from: start)
    }

    // MARK: - Identifiers and keywords

    private static func isIdentifierCharacter(_ c: Character) -> Bool { c == "_" || c.isLetter || c.isNumber }

    private mutating func identifier(from start: Start) -> Token {
        while let c = cursor.peek(), Self.isIdentifierCharacter(c) { cursor.advance() }
        let text = cursor.text(from: start.index, to: cursor.index)
        // After `.` every word is a member name (`x.init`, `.default`).
        let afterDot = lastSignificant.map { $0.kind == .punctuation && $0.text == "." } ?? false
        return make(Token.keywords.contains(text) && !afterDot ? .keyword : .identifier, from: start)
    }

    private mutating func dollarIdentifier(from start: Start) -> Token {
        cursor.advance()
        var digits = 0
        while let c = cursor.peek(), c.isASCII, c.isNumber { cursor.advance(); digits += 1 }
        if digits == 0 {
            while let c = cursor.peek(), Self.isIdentifierCharacter(c) { cursor.advance() }
            error("expected a digit after '$' (closure arguments are written $0, $1, …)", span(from: start))
        }
        return make(.identifier, from: start)
    }

    private mutating func backtickIdentifier(from start: Start) -> Token {
        cursor.advance()
        while let c = cursor.peek(), Self.isIdentifierCharacter(c) { cursor.advance() }
        if !cursor.match("`") { error("expected '`' to close the escaped identifier", span(from: start)) }
        var token = make(.identifier, from: start)
        token.literal = .string([.literal(token.text.filter { $0 != "`" })])
        return token
    }

    // MARK: - Numbers

    private mutating func number(from start: Start) -> Token {
        // `t.0.1` is two tuple indices, not `t.(0.1)`.
        let integerOnly = lastSignificant.map { $0.kind == .punctuation && $0.text == "." } ?? false
            && cursor.index == start.index && isLeftBound(start.index)
        if cursor.peek() == "0", let base = cursor.peek(1), base == "x" || base == "o" || base == "b" {
            cursor.advance(by: 2)
            let radix = base == "x" ? 16 : base == "o" ? 8 : 2
            var digits = ""
            while let c = cursor.peek(), c == "_" || c.hexDigitValue.map({ $0 < radix }) ?? false {
                if c != "_" { digits.append(c) }
                cursor.advance()
            }
            return finishInteger(digits, radix: radix, from: start)
        }
        var isDouble = false
        consumeDigits()
        if !integerOnly, cursor.peek() == ".", let d = cursor.peek(1), d.isASCII, d.isNumber {
            isDouble = true
            cursor.advance()
            consumeDigits()
        }
        if !integerOnly, let e = cursor.peek(), e == "e" || e == "E" {
            let signed = cursor.peek(1) == "+" || cursor.peek(1) == "-"
            if let d = cursor.peek(signed ? 2 : 1), d.isASCII, d.isNumber {
                isDouble = true
                cursor.advance(by: signed ? 2 : 1)
                consumeDigits()
            }
        }
        let text = cursor.text(from: start.index, to: cursor.index).filter { $0 != "_" }
        if isDouble {
            rejectTrailingLetters(from: start)
            let value = Double(text) ?? 0
            if !value.isFinite {
                error("floating-point literal '\(text)' is too large; expected a finite Double", span(from: start))
            }
            return make(.double, from: start, literal: .double(value.isFinite ? value : 0))
        }
        return finishInteger(text, radix: 10, from: start)
    }

    private mutating func consumeDigits() {
        while let c = cursor.peek(), c == "_" || (c.isASCII && c.isNumber) { cursor.advance() }
    }

    private mutating func finishInteger(_ digits: String, radix: Int, from start: Start) -> Token {
        rejectTrailingLetters(from: start)
        let text = cursor.text(from: start.index, to: cursor.index)
        if digits.isEmpty {
            error("expected digits in integer literal '\(text)'", span(from: start))
            return make(.integer, from: start, literal: .int(0))
        }
        guard let value = Int(digits, radix: radix) else {
            error("integer literal '\(text)' overflows Int; expected a value up to \(Int.max)", span(from: start))
            return make(.integer, from: start, literal: .int(0))
        }
        return make(.integer, from: start, literal: .int(value))
    }

    private mutating func rejectTrailingLetters(from start: Start) {
        guard let c = cursor.peek(), Self.isIdentifierCharacter(c) else { return }
        let letterStart = cursor.position
        while let c = cursor.peek(), Self.isIdentifierCharacter(c) { cursor.advance() }
        error("'\(c)' is not a valid digit in a number literal; expected digits",
              SourceSpan(start: letterStart, end: cursor.position))
    }

    // MARK: - Operators

    private mutating func operatorToken(from start: Start) -> Token {
        let dotted = cursor.peek() == "."
        while let c = cursor.peek() {
            if c == "/" && (cursor.peek(1) == "/" || cursor.peek(1) == "*") && cursor.index > start.index { break }
            if Self.operatorCharacters.contains(c) || (dotted && c == ".") { cursor.advance() } else { break }
        }
        let text = cursor.text(from: start.index, to: cursor.index)
        return make(text == "=" || text == "->" ? .punctuation : .operator, from: start)
    }

    // MARK: - Strings

    private mutating func string(from start: Start) -> Token {
        if cursor.starts(with: "\"\"\"") { return multilineString(from: start) }
        cursor.advance()
        var segments = SegmentBuilder()
        while true {
            guard let c = cursor.peek(), !c.isNewline else {
                error("unterminated string literal; expected '\"' before the end of the line",
                      SourceSpan(start: start.position, end: cursor.position))
                break
            }
            if c == "\"" { cursor.advance(); break }
            if c == "\\" { escape(into: &segments, multiline: false) } else { segments.text.append(c); cursor.advance() }
        }
        return make(.string, from: start, literal: .string(segments.finish()))
    }

    private mutating func multilineString(from start: Start) -> Token {
        cursor.advance(by: 3)
        var segments = SegmentBuilder()
        while let c = cursor.peek(), c == " " || c == "\t" { cursor.advance() }
        guard cursor.peek()?.isNewline ?? false else {
            error("expected a newline after '\"\"\"' (multi-line string content starts on the next line)", span(from: start))
            while let c = cursor.peek(), !c.isNewline { cursor.advance() }
            return make(.string, from: start, literal: .string([.literal("")]))
        }
        cursor.advance()
        let indentation = closingIndentation()
        skipIndentation(indentation)
        if cursor.starts(with: "\"\"\"") {
            cursor.advance(by: 3)
            return make(.string, from: start, literal: .string(segments.finish()))
        }
        while true {
            guard let c = cursor.peek() else {
                error("unterminated multi-line string; expected '\"\"\"' on a line of its own",
                      SourceSpan(start: start.position, end: cursor.position))
                break
            }
            if c.isNewline {
                cursor.advance()
                skipIndentation(indentation)
                if cursor.starts(with: "\"\"\"") { cursor.advance(by: 3); break }
                segments.text.append("\n")
            } else if c == "\\" {
                escape(into: &segments, multiline: true)
            } else {
                segments.text.append(c)
                cursor.advance()
            }
        }
        return make(.string, from: start, literal: .string(segments.finish()))
    }

    /// The whitespace before the closing `"""` of the multi-line string starting at the cursor.
    private func closingIndentation() -> [Character] {
        var i = cursor.index
        let chars = cursor.characters
        while i < chars.count {
            var j = i
            while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
            if j + 2 < chars.count, chars[j] == "\"", chars[j + 1] == "\"", chars[j + 2] == "\"" {
                return Array(chars[i..<j])
            }
            while j < chars.count, !chars[j].isNewline { j += 1 }
            i = j + 1
        }
        return []
    }

    private mutating func skipIndentation(_ indentation: [Character]) {
        for c in indentation {
            guard cursor.peek() == c else { return }
            cursor.advance()
        }
    }

    private struct SegmentBuilder {
        var text = ""
        var segments: [StringSegment] = []
        mutating func flush() {
            if !text.isEmpty { segments.append(.literal(text)); text = "" }
        }
        mutating func finish() -> [StringSegment] {
            flush()
            return segments.isEmpty ? [.literal("")] : segments
        }
    }

    /// Reads one escape sequence (the cursor is on the backslash).
    private mutating func escape(into segments: inout SegmentBuilder, multiline: Bool) {
        let escapeStart = cursor.position
        cursor.advance()
        guard let c = cursor.peek() else { return }
        switch c {
        case "n": segments.text.append("\n"); cursor.advance()
        case "t": segments.text.append("\t"); cursor.advance()
        case "r": segments.text.append("\r"); cursor.advance()
        case "0": segments.text.append("\0"); cursor.advance()
        case "\"", "'", "\\": segments.text.append(c); cursor.advance()
        case "u":
            cursor.advance()
            guard cursor.match("{") else {
                error("expected '{' after '\\u' (written \\u{1F600})", SourceSpan(start: escapeStart, end: cursor.position))
                return
            }
            var hex = ""
            while let h = cursor.peek(), h.isHexDigit { hex.append(h); cursor.advance() }
            let closed = cursor.match("}")
            if closed, hex.count >= 1, hex.count <= 8, let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
                segments.text.unicodeScalars.append(scalar)
            } else {
                error("expected 1 to 8 hex digits of a valid Unicode scalar in '\\u{…}'",
                      SourceSpan(start: escapeStart, end: cursor.position))
            }
        case "(":
            cursor.advance()
            segments.flush()
            if interpolationDepth >= Self.maximumInterpolationDepth {
                error("string interpolations are nested too deeply; expected at most \(Self.maximumInterpolationDepth) levels",
                      SourceSpan(start: escapeStart, end: cursor.position))
                while let c = cursor.peek(), !c.isNewline { cursor.advance() }
                return
            }
            interpolationDepth += 1
            defer { interpolationDepth -= 1 }
            let inner = cursor.position
            var tokens: [Token] = []
            var depth = 0
            while true {
                let token = nextToken()
                if token.kind == .eof || (token.kind == .newline && !multiline) {
                    error("expected ')' to close the string interpolation '\\('", SourceSpan(start: escapeStart, end: token.span.start))
                    break
                }
                if token.kind == .punctuation && token.text == "(" { depth += 1 }
                if token.kind == .punctuation && token.text == ")" {
                    if depth == 0 {
                        segments.segments.append(.interpolation(tokens, SourceSpan(start: inner, end: token.span.start)))
                        return
                    }
                    depth -= 1
                }
                tokens.append(token)
            }
            segments.segments.append(.interpolation(tokens, SourceSpan(start: inner, end: cursor.position)))
        default:
            if multiline && c.isNewline {
                cursor.advance()  // line continuation
                while let w = cursor.peek(), w == " " || w == "\t" { cursor.advance() }
                return
            }
            cursor.advance()
            error("invalid escape sequence '\\\(c)'; expected one of \\n \\t \\r \\0 \\\" \\' \\\\ \\u{…} \\(…)",
                  SourceSpan(start: escapeStart, end: cursor.position))
        }
    }
}
