import Testing
import CellLanguage

@Suite struct LexerTests {
    /// `kind:text` for every token but newlines and the end.
    func kinds(_ source: String) -> [String] {
        Lexer.tokenize(source).tokens.filter { $0.kind != .eof }.map { "\($0.kind.rawValue):\($0.text)" }
    }

    @Test func tokenKinds() {
        #expect(kinds("let x = a + 1_0 // hi\n") == [
            "keyword:let", "identifier:x", "punctuation:=", "identifier:a", "operator:+", "integer:1_0",
            "comment:// hi", "newline:\n",
        ])
        #expect(kinds("f(x: 0.5e1, $0)") == [
            "identifier:f", "punctuation:(", "identifier:x", "punctuation::", "double:0.5e1", "punctuation:,",
            "identifier:$0", "punctuation:)",
        ])
        #expect(kinds("a..<b...c -> x!.y") == [
            "identifier:a", "operator:..<", "identifier:b", "operator:...", "identifier:c", "punctuation:->",
            "identifier:x", "operator:!", "punctuation:.", "identifier:y",
        ])
        #expect(kinds("t.0.1") == ["identifier:t", "punctuation:.", "integer:0", "punctuation:.", "integer:1"])
        #expect(kinds("x.init + override") == ["identifier:x", "punctuation:.", "identifier:init", "operator:+", "identifier:override"])
    }

    @Test func literalValues() {
        let tokens = Lexer.tokenize("1_000 0x10 2.5 1e-2 \"a\\tb\"").tokens
        guard case .int(1000)? = tokens[0].literal, case .int(16)? = tokens[1].literal,
              case .double(2.5)? = tokens[2].literal, case .double(0.01)? = tokens[3].literal,
              case let .string(parts)? = tokens[4].literal, case .literal("a\tb")? = parts.first else {
            Issue.record("unexpected literals \(tokens.map(\.literal))"); return
        }
    }

    @Test func commentsAreKeptForHighlighting() {
        let tokens = Lexer.tokenize("//| echo: false\nx /* a /* b */ c */ y").tokens
        #expect(tokens.filter { $0.kind == .comment }.map(\.text) == ["//| echo: false", "/* a /* b */ c */"])
    }

    @Test(arguments: [
        "let é = \"😀 \\(x + \"ü\")\" // ünïcode\r\nvar y = 1",
        "class A: B {\n\tfunc f(_ x: Int) -> [Int: String]? { x! }\n}\n",
        "\"\"\"\n  multi \\(line)\n  \"\"\" + x",
        "a-b ..< c /* open",
        "\"unterminated\nlet x = 1",
    ])
    func utf8RangesRoundTripTheSource(source: String) {
        let bytes = Array(source.utf8)
        let tokens = Lexer.tokenize(source).tokens
        var rebuilt: [UInt8] = []
        var last = 0
        for token in tokens {
            #expect(String(decoding: bytes[token.utf8Range], as: UTF8.self) == token.text)
            #expect(token.utf8Range.lowerBound >= last)
            // Between tokens there is only horizontal whitespace.
            #expect(bytes[last..<token.utf8Range.lowerBound].allSatisfy { $0 == 0x20 || $0 == 0x09 })
            rebuilt += bytes[last..<token.utf8Range.upperBound]
            last = token.utf8Range.upperBound
        }
        #expect(rebuilt == bytes)
        #expect(tokens.last?.kind == .eof)
    }

    @Test func columnsCountCharacters() {
        let tokens = Lexer.tokenize("let é = \"😀\"; x\n  y").tokens.filter { $0.kind == .identifier }
        #expect(tokens.map(\.span.start) == [SourcePosition(line: 1, column: 5), SourcePosition(line: 1, column: 14),
                                             SourcePosition(line: 2, column: 3)])
        #expect(tokens[1].utf8Range == 17..<18)  // "let " 4 + é 2 + " = " 3 + quote 1 + 😀 4 + quote 1 + "; " 2
    }

    @Test func interpolationTokensKeepTheirSourcePositions() {
        let token = Lexer.tokenize("s = \"ab\\(x + 1)\"").tokens[2]
        guard case let .string(parts)? = token.literal, parts.count == 2,
              case let .interpolation(inner, span) = parts[1] else {
            Issue.record("expected a literal and an interpolation"); return
        }
        #expect(inner.map(\.text) == ["x", "+", "1"])
        #expect(inner[0].span.start == SourcePosition(line: 1, column: 10))
        #expect(inner[0].utf8Range == 9..<10)
        #expect(span == SourceSpan(start: .init(line: 1, column: 10), end: .init(line: 1, column: 15)))
    }

    @Test(arguments: [
        ("99999999999999999999", "1:1: integer literal '99999999999999999999' overflows Int; expected a value up to 9223372036854775807"),
        ("0x1_0000_0000_0000_0000", "1:1: integer literal '0x1_0000_0000_0000_0000' overflows Int; expected a value up to 9223372036854775807"),
        (".5", "1:1: '.5' is not a valid floating-point literal; expected it written as '0.5'"),
        ("12abc", "1:3: 'a' is not a valid digit in a number literal; expected digits"),
        ("x = \"abc", "1:5: unterminated string literal; expected '\"' before the end of the line"),
        ("/* never closed", "1:1: unterminated '/*' comment; expected '*/'"),
        ("\"\\q\"", "1:2: invalid escape sequence '\\q'; expected one of \\n \\t \\r \\0 \\\" \\' \\\\ \\u{…} \\(…)"),
        ("\"\\u{110000}\"", "1:2: expected 1 to 8 hex digits of a valid Unicode scalar in '\\u{…}'"),
        ("let a = 1 ¢", "1:11: unexpected character '¢'; expected code of the Swift cell language"),
        ("$x", "1:1: expected a digit after '$' (closure arguments are written $0, $1, …)"),
        ("1e999", "1:1: floating-point literal '1e999' is too large; expected a finite Double"),
    ])
    func lexicalErrors(source: String, expected: String) {
        #expect(Lexer.tokenize(source).errors.map(\.description) == [expected])
    }

    @Test func largestIntegerIsFine() {
        #expect(Lexer.tokenize("9223372036854775807").errors.isEmpty)
        #expect(sexp("9_223_372_036_854_775_807") == "9223372036854775807")
    }
}
