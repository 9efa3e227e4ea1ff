// Turns a cell's source into tokens, following Swift's lexical structure (The Swift Programming
// Language, "Lexical Structure", and swift/lib/Parse/Lexer.cpp where the book is silent).

/// The lexer: a value-type cursor over the source that emits one significant token at a time.
///
/// - Comments (`//`, nestable `/* */`) and whitespace are skipped; a token records whether a
///   newline came before it and whether it is bound to its neighbours on the left and right
///   (Swift's whitespace rule for prefix, postfix and infix operators).
/// - Number literals keep their text without `_` (`0x1F`, `0b1010`, `1e-3`, `0x1p-2`); `-` is
///   an operator, never part of a literal.
/// - String literals are decoded (`\n \t \r \0 \" \' \\ \u{…}`), with `\( … )` interpolations
///   lexed into nested tokens; multi-line `"""` strings lose the closing delimiter's
///   indentation; raw strings `#"…"#` only know escapes written `\#`.
public struct Lexer {
    private var cursor: SourceCursor
    private var errors: [SyntaxError] = []
    /// The last token produced (to lex `t.0.1` as two tuple indices and `x.init` as a name).
    private var lastToken: Token?
    /// Whitespace or a comment came after the last token (so the next one is not left-bound).
    private var triviaBefore = true
    private var newlineBefore = false
    /// The length of the line before the last newline inside a block comment (for the position
    /// of "unterminated '/*' comment").
    private var lastLineLength = 0
    /// An interpolation of the current string was not closed (already reported).
    private var interpolationFailed = false
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

    // MARK: - Character classes

    static let asciiOperatorCharacters: Set<Character> = [
        "/", "=", "-", "+", "!", "*", "%", "<", ">", "&", "|", "^", "~", "?",
    ]
    private static let leftBoundaries: Set<Character> = ["(", "[", "{", ",", ";", ":"]
    private static let rightBoundaries: Set<Character> = [")", "]", "}", ",", ";", ":"]

    /// Swift's operator-head characters (ASCII and the Unicode ranges of the grammar).
    static func isOperatorCharacter(_ c: Character) -> Bool {
        if c.isASCII { return asciiOperatorCharacters.contains(c) }
        guard let v = c.unicodeScalars.first?.value else { return false }
        switch v {
        case 0xA1...0xA7, 0xA9, 0xAB, 0xAC, 0xAE, 0xB0, 0xB1, 0xB6, 0xBB, 0xBF, 0xD7, 0xF7,
            0x2016...0x2017, 0x2020...0x2027, 0x2030...0x203E, 0x2041...0x2053, 0x2055...0x205E,
            0x2190...0x23FF, 0x2500...0x2775, 0x2794...0x2BFF, 0x2E00...0x2E7F, 0x3001...0x3003,
            0x3008...0x3020, 0x3030:
            return true
        default:
            return false
        }
    }

    static func isIdentifierHead(_ c: Character) -> Bool {
        if c.isASCII { return c == "_" || c.isLetter }
        return !c.isWhitespace && !isOperatorCharacter(c)
    }

    static func isIdentifierCharacter(_ c: Character) -> Bool {
        if c.isASCII { return c == "_" || c.isLetter || c.isNumber }
        return !c.isWhitespace && !isOperatorCharacter(c)
    }

    // MARK: - Scanning one token

    private struct Start {
        var index: Int
        var position: SourcePosition
    }

    private mutating func nextToken() -> Token {
        while true {
            guard let c = cursor.peek() else {
                let start = Start(index: cursor.index, position: cursor.position)
                return make(.eof, from: start)
            }
            if c.isNewline {
                cursor.advance()
                newlineBefore = true
                triviaBefore = true
                continue
            }
            if c.isWhitespace {
                cursor.advance()
                triviaBefore = true
                continue
            }
            if c == "/" && cursor.peek(1) == "/" {
                while let d = cursor.peek(), !d.isNewline { cursor.advance() }
                triviaBefore = true
                continue
            }
            if c == "/" && cursor.peek(1) == "*" {
                skipBlockComment()
                triviaBefore = true
                continue
            }
            let start = Start(index: cursor.index, position: cursor.position)
            if c.isASCII && c.isNumber { return number(from: start) }
            if c == "\"" { return string(from: start, hashes: 0) }
            if c == "#" {
                var hashes = 0
                while cursor.peek(hashes) == "#" { hashes += 1 }
                if cursor.peek(hashes) == "\"" { return string(from: start, hashes: hashes) }
                if let d = cursor.peek(1), Self.isIdentifierHead(d) {
                    cursor.advance()
                    while let d = cursor.peek(), Self.isIdentifierCharacter(d) { cursor.advance() }
                    return make(.poundKeyword, from: start)
                }
                cursor.advance()
                return make(.punctuation, from: start)
            }
            if c == "$" { return dollarIdentifier(from: start) }
            if c == "`" { return backtickIdentifier(from: start) }
            if c == "." {
                // `..<`, `...`, and dot operators such as SIMD's `.==`.
                if let d = cursor.peek(1), d == "." || Self.isOperatorCharacter(d) { return operatorToken(from: start) }
                if let d = cursor.peek(1), d.isASCII, d.isNumber, !isLeftBound(start),
                    !(lastToken.map(Self.endsOperand) ?? false)
                {
                    // `.5`: Swift requires a leading digit.
                    cursor.advance()
                    while let d = cursor.peek(), d == "_" || (d.isASCII && d.isNumber) { cursor.advance() }
                    let text = cursor.text(from: start.index, to: cursor.index)
                    error("'\(text)' is not a valid floating point literal; it must be written '0\(text)'", from: start)
                    return make(.floatLiteral, from: start, text: "0" + text.filter { $0 != "_" })
                }
                cursor.advance()
                return make(.punctuation, from: start)
            }
            if Self.isOperatorCharacter(c) { return operatorToken(from: start) }
            if "()[]{},:;@\\".contains(c) {
                cursor.advance()
                return make(.punctuation, from: start)
            }
            if Self.isIdentifierHead(c) { return identifier(from: start) }
            cursor.advance()
            error("invalid character in source file", from: start)
            triviaBefore = true
        }
    }

    private func isLeftBound(_ start: Start) -> Bool {
        guard start.index > 0, !triviaBefore,
            let c = cursor.characters.indices.contains(start.index - 1) ? cursor.characters[start.index - 1] : nil
        else { return false }
        return !(c.isWhitespace || Self.leftBoundaries.contains(c))
    }

    private static func isRightBound(_ cursor: SourceCursor, leftBound: Bool) -> Bool {
        guard let next = cursor.peek() else { return false }
        if next.isWhitespace || rightBoundaries.contains(next) { return false }
        if next == "." { return !leftBound }
        if next == "/" && (cursor.peek(1) == "/" || cursor.peek(1) == "*") { return false }
        return true
    }

    private mutating func make(
        _ kind: TokenKind, from start: Start, text: String? = nil, isEscaped: Bool = false,
        stringParts: [LexedStringPart] = []
    ) -> Token {
        let leftBound = isLeftBound(start)
        let token = Token(
            kind: kind, text: text ?? cursor.text(from: start.index, to: cursor.index),
            span: SourceSpan(start: start.position, end: cursor.position), newlineBefore: newlineBefore,
            isLeftBound: leftBound, isRightBound: Self.isRightBound(cursor, leftBound: leftBound), isEscaped: isEscaped,
            stringParts: stringParts)
        lastToken = token
        newlineBefore = false
        triviaBefore = false
        return token
    }

    private mutating func error(_ message: String, from start: Start) {
        errors.append(SyntaxError(message: message, span: SourceSpan(start: start.position, end: cursor.position)))
    }

    private mutating func error(_ message: String, at position: SourcePosition) {
        errors.append(SyntaxError(message: message, span: SourceSpan(at: position)))
    }

    /// Whether `token` can end an expression, so a `.` after it (even after whitespace, as in
    /// `a... .5`) is a member access rather than the start of a `.5` literal.
    static func endsOperand(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .integerLiteral, .floatLiteral, .stringLiteral: return true
        case .punctuation: return [")", "]", "}"].contains(token.text)
        case .operator: return token.isPostfixForm
        case .keyword: return ["self", "Self", "super", "true", "false", "nil"].contains(token.text)
        default: return false
        }
    }

    // MARK: - Comments

    private mutating func skipBlockComment() {
        cursor.advance(by: 2)
        var depth = 1
        while depth > 0 {
            guard let c = cursor.peek() else {
                // swiftc points at the end of the last line.
                var end = cursor.position
                if cursor.previous?.isNewline ?? false, end.line > 1 {
                    end = SourcePosition(line: end.line - 1, column: lastLineLength + 1)
                }
                error("unterminated '/*' comment", at: end)
                return
            }
            if cursor.starts(with: "/*") {
                cursor.advance(by: 2)
                depth += 1
            } else if cursor.starts(with: "*/") {
                cursor.advance(by: 2)
                depth -= 1
            } else {
                if c.isNewline {
                    newlineBefore = true
                    lastLineLength = cursor.position.column - 1
                }
                cursor.advance()
            }
        }
    }

    // MARK: - Identifiers and keywords

    private mutating func identifier(from start: Start) -> Token {
        while let c = cursor.peek(), Self.isIdentifierCharacter(c) { cursor.advance() }
        let text = cursor.text(from: start.index, to: cursor.index)
        // After `.` every word is a member name (`x.init`, `.default`, `x.self` stays a keyword
        // for the parser to see).
        let afterDot = lastToken.map { $0.isPunctuation(".") } ?? false
        let isKeyword = Token.keywords.contains(text) && (!afterDot || text == "self" || text == "init")
        return make(isKeyword ? .keyword : .identifier, from: start)
    }

    private mutating func dollarIdentifier(from start: Start) -> Token {
        cursor.advance()
        while let c = cursor.peek(), Self.isIdentifierCharacter(c) || c == "$" { cursor.advance() }
        return make(.identifier, from: start)
    }

    private mutating func backtickIdentifier(from start: Start) -> Token {
        cursor.advance()
        let nameStart = cursor.index
        while let c = cursor.peek(), Self.isIdentifierCharacter(c) { cursor.advance() }
        let name = cursor.text(from: nameStart, to: cursor.index)
        if name.isEmpty || !cursor.match("`") {
            error("expected '`' to close the escaped identifier", from: start)
        }
        return make(.identifier, from: start, text: name, isEscaped: true)
    }

    // MARK: - Numbers

    private mutating func number(from start: Start) -> Token {
        // `t.0.1` is two tuple indices, not `t.(0.1)`.
        let integerOnly = (lastToken.map { $0.isPunctuation(".") } ?? false) && isLeftBound(start)
        if cursor.peek() == "0", let base = cursor.peek(1), base == "x" || base == "o" || base == "b" {
            cursor.advance(by: 2)
            let radix = base == "x" ? 16 : base == "o" ? 8 : 2
            let digitsStart = cursor.index
            consumeDigits(radix: radix)
            if cursor.index == digitsStart {
                let name =
                    radix == 16
                    ? "hexadecimal digit (0-9, A-F)" : radix == 8 ? "octal digit (0-7)" : "binary digit (0 or 1)"
                error("expected \(name) in integer literal", from: start)
                rejectTrailingLetters(radix: radix)
                return make(.integerLiteral, from: start, text: "0")
            }
            var isFloat = false
            if radix == 16 && !integerOnly {
                if cursor.peek() == ".", let d = cursor.peek(1), d.isHexDigit {
                    isFloat = true
                    cursor.advance()
                    consumeDigits(radix: 16)
                }
                if let p = cursor.peek(), p == "p" || p == "P" {
                    let signed = cursor.peek(1) == "+" || cursor.peek(1) == "-"
                    if let d = cursor.peek(signed ? 2 : 1), d.isASCII, d.isNumber {
                        isFloat = true
                        cursor.advance(by: signed ? 2 : 1)
                        consumeDigits(radix: 10)
                    }
                }
            }
            rejectTrailingLetters(radix: radix)
            let text = cursor.text(from: start.index, to: cursor.index).filter { $0 != "_" }
            return make(isFloat ? .floatLiteral : .integerLiteral, from: start, text: text)
        }
        var isFloat = false
        consumeDigits(radix: 10)
        if !integerOnly, cursor.peek() == ".", let d = cursor.peek(1), d.isASCII, d.isNumber {
            isFloat = true
            cursor.advance()
            consumeDigits(radix: 10)
        }
        if !integerOnly, let e = cursor.peek(), e == "e" || e == "E" {
            let signed = cursor.peek(1) == "+" || cursor.peek(1) == "-"
            if let d = cursor.peek(signed ? 2 : 1), d.isASCII, d.isNumber {
                isFloat = true
                cursor.advance(by: signed ? 2 : 1)
                consumeDigits(radix: 10)
            } else if let d = cursor.peek(signed ? 2 : 1), Self.isIdentifierCharacter(d), !isFloat {
                // `2en`: an exponent without digits.
                cursor.advance(by: signed ? 2 : 1)
                error("'\(d)' is not a valid digit in floating point exponent", at: cursor.position)
                while let c = cursor.peek(), Self.isIdentifierCharacter(c) { cursor.advance() }
                return make(.floatLiteral, from: start, text: "0")
            }
        }
        // `12ab` is an error, `1.0print` a number and a name (as in swiftc).
        if !isFloat { rejectTrailingLetters(radix: 10) }
        let text = cursor.text(from: start.index, to: cursor.index).filter { $0 != "_" }
        return make(isFloat ? .floatLiteral : .integerLiteral, from: start, text: text)
    }

    private mutating func consumeDigits(radix: Int) {
        while let c = cursor.peek(), c == "_" || (c.hexDigitValue.map { $0 < radix } ?? false) { cursor.advance() }
    }

    /// `12ab`: swiftc's "'a' is not a valid digit in integer literal".
    private mutating func rejectTrailingLetters(radix: Int) {
        guard let c = cursor.peek(), Self.isIdentifierCharacter(c) else { return }
        let position = cursor.position
        while let d = cursor.peek(), Self.isIdentifierCharacter(d) { cursor.advance() }
        let digit =
            [16: "hexadecimal digit (0-9, A-F)", 8: "octal digit (0-7)", 2: "binary digit (0 or 1)"][radix] ?? "digit"
        error("'\(c)' is not a valid \(digit) in integer literal", at: position)
    }

    // MARK: - Operators

    private mutating func operatorToken(from start: Start) -> Token {
        let dotted = cursor.peek() == "."
        var length = 0
        while let c = cursor.peek(length) {
            if c == "/" && (cursor.peek(length + 1) == "/" || cursor.peek(length + 1) == "*") && length > 0 { break }
            if (dotted && c == ".") || (c != "." && Self.isOperatorCharacter(c)) { length += 1 } else { break }
        }
        // A postfix `?` or `!` is a token of its own, bound tightly to its operand: `x?.y`,
        // `x!`, `x?[0]`, `x!!`; `a!=b` stays one infix operator.
        if isLeftBound(start), let first = cursor.peek(), first == "?" || first == "!" {
            var whole = cursor
            whole.advance(by: length)
            if length == 1 || !Self.isRightBound(whole, leftBound: true) {
                cursor.advance()
                var token = make(.operator, from: start)
                token.isRightBound = false
                lastToken = token
                return token
            }
        }
        cursor.advance(by: length)
        let text = cursor.text(from: start.index, to: cursor.index)
        if text == "=" || text == "->" {
            let token = make(.punctuation, from: start)
            if text == "=" && token.isLeftBound != token.isRightBound {
                error("'=' must have consistent whitespace on both sides", at: start.position)
            }
            return token
        }
        return make(.operator, from: start)
    }

    // MARK: - Strings

    /// Collects the decoded parts of one string literal.
    private struct PartsBuilder {
        var text = ""
        var parts: [LexedStringPart] = []
        mutating func flush() {
            if !text.isEmpty {
                parts.append(.literal(text))
                text = ""
            }
        }
        mutating func finish() -> [LexedStringPart] {
            flush()
            return parts
        }
    }

    private mutating func string(from start: Start, hashes: Int) -> Token {
        cursor.advance(by: hashes)
        if cursor.starts(with: "\"\"\"") { return multilineString(from: start, hashes: hashes) }
        cursor.advance()
        var parts = PartsBuilder()
        let closing = "\"" + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        interpolationFailed = false
        while true {
            guard let c = cursor.peek(), !c.isNewline else {
                // After an unclosed `\(` swiftc reports only the interpolation.
                if !interpolationFailed { error("unterminated string literal", at: start.position) }
                break
            }
            if cursor.starts(with: closing) {
                cursor.advance(by: closing.count)
                break
            }
            if c == "\\" && cursor.starts(with: escape) {
                readEscape(into: &parts, hashes: hashes, multiline: false)
            } else {
                parts.text.append(c)
                cursor.advance()
            }
        }
        return make(.stringLiteral, from: start, stringParts: parts.finish())
    }

    private mutating func multilineString(from start: Start, hashes: Int) -> Token {
        cursor.advance(by: 3)
        let closing = "\"\"\"" + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        var parts = PartsBuilder()
        while let c = cursor.peek(), c == " " || c == "\t" { cursor.advance() }
        guard cursor.peek()?.isNewline ?? false else {
            error("multi-line string literal content must begin on a new line", at: cursor.position)
            while let c = cursor.peek(), !c.isNewline { cursor.advance() }
            return make(.stringLiteral, from: start, stringParts: [])
        }
        cursor.advance()
        guard let indentation = closingIndentation(closing) else {
            error("unterminated string literal", at: start.position)
            while cursor.peek() != nil { cursor.advance() }
            return make(.stringLiteral, from: start, stringParts: [])
        }
        if startLine(indentation: indentation, closing: closing) {
            return make(.stringLiteral, from: start, stringParts: [])
        }
        while true {
            guard let c = cursor.peek() else {
                error("unterminated string literal", at: start.position)
                break
            }
            if c.isNewline {
                cursor.advance()
                if startLine(indentation: indentation, closing: closing) { break }
                parts.text.append("\n")
            } else if c == "\\" && cursor.starts(with: escape) {
                if let after = cursor.peek(escape.count), after.isNewline || after == " " || after == "\t",
                    continuationFollows(from: escape.count)
                {
                    // `\` at the end of a line: the line break is not part of the string.
                    while let w = cursor.peek(), !w.isNewline { cursor.advance() }
                    cursor.advance()
                    if startLine(indentation: indentation, closing: closing) { break }
                } else {
                    readEscape(into: &parts, hashes: hashes, multiline: true)
                }
            } else if c == "\"" && cursor.starts(with: closing) {
                error("multi-line string literal closing delimiter must begin on a new line", at: cursor.position)
                cursor.advance(by: closing.count)
                break
            } else {
                parts.text.append(c)
                cursor.advance()
            }
        }
        return make(.stringLiteral, from: start, stringParts: parts.finish())
    }

    /// Whether only spaces and tabs follow `offset` characters ahead, up to the end of the line.
    private func continuationFollows(from offset: Int) -> Bool {
        var i = offset
        while let c = cursor.peek(i) {
            if c.isNewline { return true }
            if c != " " && c != "\t" { return false }
            i += 1
        }
        return false
    }

    /// At the start of a content line: skips the indentation and reports whether the line is
    /// the closing delimiter (then consumed).
    private mutating func startLine(indentation: [Character], closing: String) -> Bool {
        let lineStart = cursor.position
        var matched = 0
        while matched < indentation.count, cursor.peek() == indentation[matched] {
            cursor.advance()
            matched += 1
        }
        if cursor.starts(with: closing) {
            cursor.advance(by: closing.count)
            return true
        }
        if matched < indentation.count {
            // Whitespace-only lines may be shorter than the indentation.
            var i = 0
            while let c = cursor.peek(i), c == " " || c == "\t" { i += 1 }
            if let c = cursor.peek(i), !c.isNewline {
                error("insufficient indentation of line in multi-line string literal", at: lineStart)
            } else {
                cursor.advance(by: i)
            }
        }
        return false
    }

    /// The whitespace before the closing delimiter of the multi-line string whose content starts
    /// at the cursor, or nil when there is no closing delimiter.
    private func closingIndentation(_ closing: String) -> [Character]? {
        let chars = cursor.characters
        let closingChars = Array(closing)
        var i = cursor.index
        while i < chars.count {
            var j = i
            while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
            if j + closingChars.count <= chars.count, Array(chars[j..<(j + closingChars.count)]) == closingChars {
                return Array(chars[i..<j])
            }
            while j < chars.count, !chars[j].isNewline { j += 1 }
            i = j + 1
        }
        return nil
    }

    /// Reads one escape sequence; the cursor is on the backslash (and the `#`s of a raw string).
    private mutating func readEscape(into parts: inout PartsBuilder, hashes: Int, multiline: Bool) {
        let escapeStart = cursor.position
        cursor.advance(by: 1 + hashes)
        guard let c = cursor.peek() else { return }
        switch c {
        case "n":
            parts.text.append("\n")
            cursor.advance()
        case "t":
            parts.text.append("\t")
            cursor.advance()
        case "r":
            parts.text.append("\r")
            cursor.advance()
        case "0":
            parts.text.append("\0")
            cursor.advance()
        case "\"", "'", "\\":
            parts.text.append(c)
            cursor.advance()
        case "u":
            cursor.advance()
            guard cursor.match("{") else {
                error("expected '{' in \\u{...} escape sequence", at: cursor.position)
                return
            }
            var hex = ""
            while let h = cursor.peek(), h.isHexDigit {
                hex.append(h)
                cursor.advance()
            }
            guard cursor.match("}") else {
                error("expected '}' in \\u{...} escape sequence", at: cursor.position)
                return
            }
            if hex.count >= 1, hex.count <= 8, let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
                parts.text.unicodeScalars.append(scalar)
            } else {
                error("invalid unicode scalar", at: escapeStart)
            }
        case "(":
            readInterpolation(into: &parts, escapeStart: escapeStart, hashes: hashes, multiline: multiline)
        default:
            error("invalid escape sequence in literal", at: cursor.position)
            cursor.advance()
        }
    }

    /// `\( … )`: lexes the tokens up to the matching `)`.
    private mutating func readInterpolation(
        into parts: inout PartsBuilder, escapeStart: SourcePosition, hashes: Int, multiline: Bool
    ) {
        cursor.advance()
        parts.flush()
        if interpolationDepth >= Self.maximumInterpolationDepth {
            error("string interpolations are nested too deeply", at: escapeStart)
            while let c = cursor.peek(), !c.isNewline { cursor.advance() }
            return
        }
        interpolationDepth += 1
        defer { interpolationDepth -= 1 }
        let saved = (lastToken, triviaBefore, newlineBefore)
        lastToken = nil
        triviaBefore = true
        newlineBefore = false
        defer { (lastToken, triviaBefore, newlineBefore) = saved }
        var tokens: [Token] = []
        var depth = 0
        let open = SourcePosition(line: escapeStart.line, column: escapeStart.column + 1 + hashes)
        while true {
            // A single-line string ends at the end of its line, even inside `\(`.
            if cursor.peek() == nil || (!multiline && cursor.peek()!.isNewline) {
                error("cannot find ')' to match opening '(' in string interpolation", at: open)
                interpolationFailed = true
                break
            }
            let token = nextToken()
            if token.kind == .eof { break }
            if token.isPunctuation("(") { depth += 1 }
            if token.isPunctuation(")") {
                if depth == 0 {
                    parts.parts.append(.interpolation(tokens, SourceSpan(start: escapeStart, end: token.span.end)))
                    return
                }
                depth -= 1
            }
            tokens.append(token)
        }
        parts.parts.append(.interpolation(tokens, SourceSpan(start: escapeStart, end: cursor.position)))
    }
}
