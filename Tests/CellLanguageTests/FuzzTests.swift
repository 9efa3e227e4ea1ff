import TestSupport
import Testing
import CellLanguage

@Suite struct FuzzTests {
    static let vocabulary = [
        "let", "var", "func", "class", "init", "if", "else", "guard", "for", "in", "while", "return", "break",
        "continue", "struct", "switch", "case", "try", "static", "override", "self", "super", "true", "nil", "_",
        "x", "y", "f", "Module", "$0", "1", "2.5", "1_000", "99999999999999999999", "\"s\"", "\"a\\(x)b\"",
        "\"\\(", "\"\"\"", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "->", "+", "-", "*", "/", "%",
        "==", "!=", "<", ">", "<=", ">=", "&&", "||", "??", "..<", "...", "?", "!", "&", "<<", "+=", "@",
        "#", "//c", "/*", "*/", "`", "\\", "\n", "\n", "Array<Int>", ">>",
    ]
    static let separators = ["", " ", " ", " ", "\n"]

    @Test func randomTokenSoupsNeverCrashAndAlwaysTerminate() {
        var rng = SplitMix64(state: 20171205)
        var sawValid = 0, sawInvalid = 0
        for _ in 0..<600 {
            var source = ""
            for _ in 0..<Int.random(in: 1...60, using: &rng) {
                source += Self.vocabulary.randomElement(using: &rng) ?? ""
                source += Self.separators.randomElement(using: &rng) ?? ""
            }
            let result = CellParser.parse(source)
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false).count
            for error in result.errors {
                #expect(error.span.start.line >= 1 && error.span.start.line <= lines, "\(error) in \(source.debugDescription)")
                #expect(!error.message.isEmpty)
            }
            if result.errors.isEmpty { sawValid += 1 } else { sawInvalid += 1 }
            let tokens = Lexer.tokenize(source).tokens
            #expect(tokens.last?.kind == .eof)
        }
        // The soups exercise both paths.
        #expect(sawInvalid > 300)
        #expect(sawValid > 0)
    }

    @Test func mutatedValidProgramsNeverCrash() {
        let program = """
        class Net: Module {
            var u: Embedding
            init(n: Int, factors: Int = 50) { u = Embedding(n, factors); super.init() }
            func callAsFunction(_ x: Tensor) -> Tensor { u(x).sum(axis: 1) }
        }
        let model = Net(n: 10)
        for (i, x) in [1, 2, 3].enumerated() where i > 0 { print("\\(i): \\(x * 2)") }
        let s = xs.map { $0 * 2 }.filter { a in a > 1 }
        if let y = d["k"], y > 0 { print(y) } else { print(-1) }
        """
        let characters = Array(program)
        var rng = SplitMix64(state: 5)
        for _ in 0..<300 {
            var mutated = characters
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                guard !mutated.isEmpty else { break }
                let i = Int.random(in: 0..<mutated.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: mutated.remove(at: i)
                case 1: mutated.insert(characters.randomElement(using: &rng) ?? " ", at: i)
                default: mutated.swapAt(i, Int.random(in: 0..<mutated.count, using: &rng))
                }
            }
            _ = CellParser.parse(String(mutated))
        }
    }
}
