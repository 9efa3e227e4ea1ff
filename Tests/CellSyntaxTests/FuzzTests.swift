// Random token soups and mutated programs must never crash or hang the lexer and parser.

import CellSyntax
import TestSupport
import Testing

@Suite struct FuzzTests {
    static let pieces = [
        "let", "var", "func", "if", "else", "for", "in", "while", "switch", "case", "default", ":", "{", "}", "(", ")",
        "[", "]", ",", ";", ".", "?", "!", "=", "==", "+", "-", "*", "...", "..<", "<", ">", ">>", "&", "x", "y", "Int",
        "1", "2.5", "0x1F", "\"s\"", "\"a\\(x)b\"", "\"\"\"\n", "#\"", "$0", "_", "\n", " ", "//c\n", "/*", "*/", "@",
        "#available", "try", "as", "is", "throws", "->", "in", "struct", "enum", "protocol", "extension", "return",
        "\\", "`", "do", "catch", "guard", "repeat", "inout", "init", "self", "super", "where", "get", "set",
    ]

    @Test func tokenSoupsDoNotCrash() {
        var random = SplitMix64(state: 0x5EED)
        for _ in 0..<1500 {
            var source = ""
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                source += Self.pieces.randomElement(using: &random)!
                if Bool.random(using: &random) { source += " " }
            }
            let cell = Parser.parse(source)
            _ = SyntaxPrinter.print(cell.statements)
        }
    }

    @Test func mutatedProgramsDoNotCrash() {
        let program = """
            struct P<T: Equatable>: Hashable { var x: T; mutating func f(_ a: inout Int) throws -> [String: Int]? { nil } }
            let xs = [1, 2, 3].map { "\\($0)" }.filter { $0 != "2" }
            switch v { case let .a(x, y) where x > 0: print(x ?? y) default: break }
            if let a = b, case .c(let d) = e { for (i, x) in xs.enumerated() where i > 0 { print(i, x) } }
            """
        let characters = Array(program)
        var random = SplitMix64(state: 42)
        for _ in 0..<1500 {
            var mutated = characters
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let i = Int.random(in: 0..<mutated.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: mutated.remove(at: i)
                case 1: mutated.insert(characters.randomElement(using: &random)!, at: i)
                default: mutated[i] = characters.randomElement(using: &random)!
                }
                if mutated.isEmpty { mutated = characters }
            }
            _ = Parser.parse(String(mutated))
        }
    }

    /// Nested alternatives that all fail (a `switch` in a `case` pattern in a `switch`…) must
    /// not make the parser retry them exponentially.
    @Test(.timeLimit(.minutes(1))) func failingAlternativesDoNotExplode() {
        for opener in ["switch x { case .a(", "switch x { case a(", "if case A.a(", "{ [x = ", "f(a<"] {
            let cell = Parser.parse(String(repeating: opener, count: 300) + "1")
            #expect(!cell.errors.isEmpty)
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        for opener in ["(", "[", "{", "-(", "f(", "{ x in ", "if x { ", "\"\\("] {
            let source = String(repeating: opener, count: 3000) + "1"
            let cell = Parser.parse(source)
            #expect(!cell.errors.isEmpty)
        }
    }
}
