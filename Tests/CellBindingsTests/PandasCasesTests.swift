// The pandas verbs of the typed frame bindings against pandas itself: every case of
// golden/pandas_cases.jsonl (written by golden/make_pandas_cases.py from pandas 3.1.2 on the
// FramesTests fixtures) runs its Swift expression in a cell and must print pandas' value.

import CellBindings
import CellCore
import Foundation
import Testing

@Suite(.serialized) struct PandasCasesTests {
    struct Case: Decodable {
        var setup: String
        var swift: String
        var pandas: String
        var expected: String
    }

    static let cases: [Case] = {
        let url = Fixtures.root.appendingPathComponent("Tests/CellBindingsTests/golden/pandas_cases.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }()

    /// `vals(x)`: a value as the golden script writes it (`[v, …]`, `name=[…]; …`, `nan`).
    static let prelude = """
        let ratings = readCSV("ratings_small.csv")
        let movies = readCSV("movies_small.csv")
        func vals(_ c: Column) -> String {
            var items: [String] = []
            if c.dtype == "Int" {
                let v: [Int?] = c.tolist()
                items = v.map { $0.map { "\\($0)" } ?? "nan" }
            } else if c.dtype == "Double" {
                let v: [Double?] = c.tolist()
                items = v.map { $0.map { "\\($0)" } ?? "nan" }
            } else {
                let v: [String?] = c.tolist()
                items = v.map { $0 ?? "nan" }
            }
            return "[" + items.joined(separator: ", ") + "]"
        }
        func vals(_ f: DataFrame) -> String { f.columnNames.map { "\\($0)=" + vals(f[$0]) }.joined(separator: "; ") }
        func vals(_ m: Mask) -> String { "[" + m.values.map { $0 ? "true" : "false" }.joined(separator: ", ") + "]" }
        func vals(_ names: [String]) -> String { "[" + names.joined(separator: ", ") + "]" }
        func vals(_ x: Double) -> String { "\\(x)" }
        func vals(_ x: Int) -> String { "\\(x)" }
        func vals(_ x: Bool) -> String { "\\(x)" }
        """

    /// Whether two printed values agree: the same text, except numbers within 1e-9 relative.
    static func agree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let separators = CharacterSet(charactersIn: "[],;= \n")
        let x = a.components(separatedBy: separators), y = b.components(separatedBy: separators)
        guard x.count == y.count else { return false }
        for (s, t) in zip(x, y) where s != t {
            guard let u = Double(s), let v = Double(t) else { return false }
            if u.isNaN && v.isNaN { continue }
            if abs(u - v) > 1e-9 * max(abs(u), abs(v)) { return false }
        }
        return true
    }

    @Test func theGoldenFileHasTheCases() {
        #expect(Self.cases.count >= 200)
    }

    @Test func everyCaseMatchesPandas() {
        var failures: [String] = []
        func session() -> NotebookSession {
            let s = NotebookSession(baseDirectory: Fixtures.frames)
            let p = s.run(source: Self.prelude)
            if !p.succeeded { failures.append("prelude: \(p.failure)") }
            return s
        }
        let shared = session()
        for c in Self.cases {
            // A case with setup statements gets its own session, so its assignments stay in it.
            let s = c.setup.isEmpty ? shared : session()
            let source = (c.setup.isEmpty ? "" : c.setup + "\n") + "print(vals(\(c.swift)))"
            let r = s.run(source: source)
            let printed = r.printed.hasSuffix("\n") ? String(r.printed.dropLast()) : r.printed
            if !r.succeeded {
                failures.append("\(c.swift)  [pandas: \(c.pandas)]\n  failed: \(r.failure)")
            } else if !Self.agree(printed, c.expected) {
                failures.append("\(c.swift)  [pandas: \(c.pandas)]\n  got      \(printed)\n  expected \(c.expected)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases.count) cases differ:\n\(failures.joined(separator: "\n"))")
    }
}
