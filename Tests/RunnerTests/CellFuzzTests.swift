import CellLanguage
import CellRuntime
import Foundation
import NotebookDocument
import TestSupport
import Testing

@testable import Runner

/// Random and mutated cells, built from the lexer's tokens and from the repository's notebooks,
/// fed to the parser, the checker and the interpreter: nothing crashes, nothing runs past its
/// timeout, and every failure is a located diagnostic with a message.
///
/// `make test` runs a bounded count from a fixed seed; `make fuzz` runs a long one
/// (NOTEBOOK_FUZZ_COUNT cases from NOTEBOOK_FUZZ_SEED).
@Suite(.serialized) struct CellFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = environment["NOTEBOOK_FUZZ_COUNT"].flatMap { Int($0) } ?? 400
    static let seed = environment["NOTEBOOK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20171205

    /// Cells that exercise most of the language, beside the notebooks' own cells.
    static let seeds = [
        "var n = 0\nwhile n < 10 { n += 1 }\nn",
        "func f(_ k: Int) -> Int { k <= 1 ? 1 : k * f(k - 1) }\nf(5)",
        "let xs = [3, 1, 2]\nlet ys = xs.map { $0 * 2 }.filter { x in x > 2 }.sorted()\nys[0]",
        "let d = [\"a\": 1, \"b\": 2]\nfor (k, v) in d { print(k, v) }\nd[\"c\", default: 0]",
        "class C {\n    var w = 1\n    init(w: Int) { self.w = w }\n    func g(_ x: Int) -> Int { w * x }\n}\nlet c = C(w: 2)\nc.g(3)",
        "let t = (a: 1, b: \"x\")\nprint(t.a, t.b, t.0)\nlet o: Int? = nil\no ?? 4",
        "guard let v = Int(\"12\") else { print(\"no\") }\nlet s = \"v is \\(v)\"\ns.count",
        "var a = [1, 2, 3]\na.append(4)\na.remove(at: 0)\na[0] = 9\na",
        "let r = 0..<5\nlet total = r.reduce(0) { $0 + $1 }\nString(format: \"%.2f\", Double(total) / 3)",
        "func twice(_ f: (Int) -> Int, _ x: Int) -> Int { f(f(x)) }\ntwice({ $0 + 1 }, 1)",
    ]

    /// The cells of every notebook in Notebooks/ (the lessons).
    static func notebookCells() -> [String] {
        let folder = Repository.root.appendingPathComponent("Notebooks")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".md") }.sorted().flatMap { file -> [String] in
            guard let notebook = try? CommonMarkReader.read(path: folder.appendingPathComponent(file).path) else { return [] }
            return notebook.cells.map(\.displayCode)
        }
    }

    /// Runs one source through parser, checker and interpreter and checks the invariants.
    /// Returns whether it parsed.
    /// `sources` keeps each run's source: an error inside a function from an earlier case is
    /// located in that case's source.
    static func exercise(_ source: String, session: Session, sources: inout [Int: String], label: String) -> Bool {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).count
        let parsed = CellParser.parse(source)
        for error in parsed.errors {
            #expect(!error.message.isEmpty, "\(label): empty syntax message")
            #expect(error.span.start.line >= 1 && error.span.start.line <= lines + 1, "\(label): \(error) in \(source.debugDescription)")
        }
        let notebook = Notebook(
            path: "fuzz.md", title: "fuzz",
            blocks: [
                .cell(
                    Cell(
                        index: 0, source: source, firstSourceLine: 2, fenceLine: 1, infoString: "swift", options: CellOptions()))
            ])
        for finding in NotebookChecker.check(notebook) {
            #expect(!finding.message.isEmpty, "\(label): empty check message")
        }
        guard parsed.errors.isEmpty else { return false }
        let result = session.run(parsed.statements, timeout: 0.3)
        sources[result.runIndex] = source
        if let error = result.error {
            #expect(!error.message.isEmpty, "\(label): empty runtime message in \(source.debugDescription)")
            let owner = error.definingRun.flatMap { sources[$0] } ?? source
            let ownerLines = owner.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(
                error.span.start.line >= 1 && error.span.start.line <= ownerLines + 1,
                "\(label): \(error) is outside its cell \(owner.debugDescription)")
            if let call = error.callSpan, error.definingRun != result.runIndex {
                #expect(call.start.line >= 1 && call.start.line <= lines + 1, "\(label): the call \(call) is outside the cell")
            }
        }
        return true
    }

    @Test func randomAndMutatedCellsNeverCrashOrHang() throws {
        let corpus = Self.seeds + Self.notebookCells()
        // The vocabulary: every token of the corpus, plus a few troublemakers. Numbers stay small
        // so that a soup cannot ask for a billion-element array (see the report's known limits).
        var vocabulary = Set<String>()
        var tokenized: [[String]] = []
        for cell in corpus {
            let tokens = Lexer.tokenize(cell).tokens.filter { $0.kind != .eof }
            tokenized.append(tokens.map { $0.kind == .newline ? "\n" : $0.text })
            for token in tokens where token.kind != .comment {
                if token.kind == .integer, let v = Int(token.text.replacingOccurrences(of: "_", with: "")), v > 1000 { continue }
                vocabulary.insert(token.kind == .newline ? "\n" : token.text)
            }
        }
        vocabulary.formUnion([
            "f", "f(", "}", "{", "(", ")", "while true {", "for i in 0..<100 {", "func f() { f() }",
            "$0", "!", "nil", "self", "super", "\"\\(", "[]", "[:]", "=", "==", "/", "%", "0", "-1",
            "9223372036854775807", "class", "init", "return", "break", "guard", "else",
        ])
        let words = vocabulary.sorted()
        var rng = SplitMix64(state: Self.seed)
        let session = Session(baseDirectory: try temporaryFolder(), seed: 1)
        var parsedCount = 0
        var sources: [Int: String] = [:]
        for n in 0..<Self.count {
            var source = ""
            if n % 2 == 0 || tokenized.isEmpty {
                // A soup of tokens.
                for _ in 0..<Int.random(in: 1...40, using: &rng) {
                    source += (words.randomElement(using: &rng) ?? "") + ([" ", " ", "", "\n"].randomElement(using: &rng) ?? " ")
                }
            } else {
                // A real cell with a few token-level mutations.
                var tokens = tokenized.randomElement(using: &rng) ?? []
                for _ in 0..<Int.random(in: 1...3, using: &rng) where !tokens.isEmpty {
                    let i = Int.random(in: 0..<tokens.count, using: &rng)
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0: tokens.remove(at: i)
                    case 1: tokens.insert(words.randomElement(using: &rng) ?? "x", at: i)
                    case 2: tokens.swapAt(i, Int.random(in: 0..<tokens.count, using: &rng))
                    default: tokens[i] = words.randomElement(using: &rng) ?? "x"
                    }
                }
                source = tokens.joined(separator: " ")
            }
            if Self.exercise(source, session: session, sources: &sources, label: "case \(n) (seed \(Self.seed))") { parsedCount += 1 }
        }
        // Both paths are exercised: some cases parse and run, most do not.
        #expect(parsedCount > 0)
        #expect(parsedCount < Self.count)
    }

    @Test func hostileCellsAreDiagnosedNotFatal() {
        let session = Session(baseDirectory: URL(fileURLWithPath: "/nonexistent-fuzz-folder"))
        let hostile = [
            "func f() -> Int { f() }\nf()",
            "var xs: [Int] = []\nfunc g(_ n: Int) { xs.append(n); g(n + 1) }\ng(0)",
            "let c = { (n: Int) -> Int in n }\nfunc h(_ n: Int) -> Int { [n].map { h($0 + 1) }[0] }\nh(0)",
            "while true { }",
            "var i = 0\nwhile true { i += 1 }",
            "for i in 0..<Int(1e15)! { }",
            "9223372036854775807 + 1",
            "-(-9223372036854775807 - 1)",
            "Int(1e300)",
            "abs(-9223372036854775807 - 1)",
            "[1][-1]",
            "let o: Int? = nil\no! + 1",
            "1 / 0", "5 % 0",
            "String(repeating: \"a\", count: -1)",
            "readCSV(\"missing.csv\")",
            String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000),
            String(repeating: "[", count: 3000),
            "class A: A { }",
            "class B: B2 { }\nlet b = B()",
            "Array(0..<1_000_000_000_000)",
            "(0...Int.max).map { $0 }",
            "Array(repeating: 0, count: Int.max)",
            "String(repeating: \"ab\", count: Int.max)",
            "var s = \"x\"\nwhile true { s += \"x\" }",
        ]
        var sources: [Int: String] = [:]
        for (i, source) in hostile.enumerated() {
            _ = Self.exercise(source, session: session, sources: &sources, label: "hostile \(i)")
        }
    }
}
