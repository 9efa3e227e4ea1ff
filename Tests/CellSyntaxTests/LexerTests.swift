// The lexer: token kinds and texts, operator boundness, newlines, comments, literals.

import CellSyntax
import Testing

@Suite struct LexerTests {
    func tokens(_ source: String) -> [Token] { Lexer.tokenize(source).tokens }
    func texts(_ source: String) -> [String] { tokens(source).dropLast().map(\.text) }

    @Test func operatorBoundness() {
        let t = tokens("a - b-c -d e!")
        #expect(t.map(\.text) == ["a", "-", "b", "-", "c", "-", "d", "e", "!", ""])
        #expect(t[1].isInfixForm && !t[1].isLeftBound)
        #expect(t[3].isInfixForm && t[3].isLeftBound)
        #expect(t[5].isPrefixForm)
        #expect(t[8].isPostfixForm)
        // A postfix `?`/`!` is its own token; `!=` stays one operator.
        #expect(texts("x?.y") == ["x", "?", ".", "y"])
        #expect(texts("x!!") == ["x", "!", "!"])
        #expect(texts("a!=b") == ["a", "!=", "b"])
        #expect(texts("x?[0]") == ["x", "?", "[", "0", "]"])
        // A `.` after a left-bound operator makes it postfix: `x!.y`.
        #expect(tokens("x!.y")[1].isPostfixForm)
        // Dot operators, `=` and `->` are reserved punctuation.
        #expect(texts("a..<b ... c") == ["a", "..<", "b", "...", "c"])
        #expect(tokens("a = b")[1].kind == .punctuation)
        #expect(tokens("() -> Int")[2].kind == .punctuation)
        // Unicode operators.
        #expect(texts("√x") == ["√", "x"])
    }

    @Test func newlinesAndComments() {
        let t = tokens("a // note\n/* x\n /* nested */ y */ b /* c */ d")
        #expect(t.map(\.text) == ["a", "b", "d", ""])
        #expect(t[1].newlineBefore)
        #expect(!t[2].newlineBefore)
        #expect(!t[2].isLeftBound)  // a comment counts as whitespace
        #expect(Lexer.tokenize("/* open").errors.map(\.message) == ["unterminated '/*' comment"])
    }

    @Test func numbers() {
        #expect(
            texts("0x1F 0b1010 0o17 1_000_000 1e-3 0x1p-2 0x1.8p3 2.5E+10") == [
                "0x1F", "0b1010", "0o17", "1000000", "1e-3", "0x1p-2", "0x1.8p3", "2.5E+10",
            ])
        #expect(tokens("1.5")[0].kind == .floatLiteral)
        #expect(tokens("15")[0].kind == .integerLiteral)
        #expect(texts("-5") == ["-", "5"])
        #expect(texts("t.0.1") == ["t", ".", "0", ".", "1"])
        #expect(texts("1...5") == ["1", "...", "5"])
        #expect(
            Lexer.tokenize("12ab").errors.map(\.description) == [
                "1:3: error: 'a' is not a valid digit in integer literal"
            ])
    }

    @Test func identifiersAndKeywords() {
        let t = tokens("`class` café 🐶🐮 $0 self x.init .default Self")
        #expect(t[0].kind == .identifier && t[0].text == "class" && t[0].isEscaped)
        #expect(t[1].text == "café" && t[1].kind == .identifier)
        #expect(t[2].text == "🐶🐮" && t[2].kind == .identifier)
        #expect(t[3].text == "$0")
        #expect(t[4].kind == .keyword)
        #expect(t[7].kind == .keyword && t[7].text == "init")
        #expect(t[9].kind == .identifier && t[9].text == "default")
        #expect(t[10].kind == .keyword)
        #expect(tokens("#available(iOS 13, *)")[0].kind == .poundKeyword)
    }

    @Test func stringParts() {
        let t = tokens(#""a\(x + "\(y)")b""#)
        #expect(t.count == 2)
        guard t[0].stringParts.count == 3, case .interpolation(let inner, let span) = t[0].stringParts[1] else {
            Issue.record("expected literal, interpolation, literal")
            return
        }
        #expect(inner.map(\.text) == ["x", "+", #""\(y)""#])
        #expect(span == SourceSpan(start: SourcePosition(line: 1, column: 3), end: SourcePosition(line: 1, column: 16)))
        #expect(Lexer.tokenize("\"abc").errors.map(\.description) == ["1:1: error: unterminated string literal"])
        #expect(
            Lexer.tokenize("\"\"\"\n  a\n b\n  \"\"\"").errors.map(\.message) == [
                "insufficient indentation of line in multi-line string literal"
            ])
    }
}
