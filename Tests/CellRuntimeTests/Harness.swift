import CellLanguage
@testable import CellRuntime
import Foundation
import Testing

/// The one test harness: runs cell programs whose comments state what they must produce
/// (Crafting Interpreters style).
///
/// - `// expect: TEXT`  the next line of printed output (in order).
/// - `// result: TEXT`  the text the cell's result displays as.
/// - `// error: L:C: MESSAGE`  the cell fails with exactly this runtime error.
/// - `// note: TEXT`    the error carries this note.
/// A program may hold several cells separated by a line `// --- cell`; they share one session
/// and the expectations of each cell apply to that cell.
func check(_ program: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let session = Session(baseDirectory: URL(fileURLWithPath: "/tmp/notebook"))
    let cells = program.components(separatedBy: "\n// --- cell\n")
    for (n, cell) in cells.enumerated() {
        let parsed = CellParser.parse(cell)
        guard parsed.errors.isEmpty else {
            Issue.record("cell \(n + 1) does not parse: \(parsed.errors)", sourceLocation: sourceLocation)
            return
        }
        let run = session.run(parsed.statements)
        var expectedLines: [String] = [], expectedResult: String? = nil
        var expectedError: String? = nil, expectedNotes: [String] = []
        for line in cell.split(separator: "\n", omittingEmptySubsequences: false) {
            for (tag, apply) in [("// expect: ", { expectedLines.append($0) }), ("// result: ", { expectedResult = $0 }),
                                 ("// error: ", { expectedError = $0 }), ("// note: ", { expectedNotes.append($0) })] as [(String, (String) -> Void)] {
                if let r = line.range(of: tag) { apply(String(line[r.upperBound...])) }
            }
        }
        var printed = ""
        var result: String? = nil
        for output in run.outputs {
            switch output {
            case let .stream(s): printed += s
            case let .display(.text(t)): result = t
            case let .display(other): result = "\(other)"
            }
        }
        var lines = printed.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        #expect(lines == expectedLines, "cell \(n + 1) printed", sourceLocation: sourceLocation)
        if let expectedResult { #expect(result == expectedResult, "cell \(n + 1) result", sourceLocation: sourceLocation) }
        if let e = run.error {
            let actual = "\(e.span.start): \(e.message)"
            #expect(actual == expectedError, "cell \(n + 1) error (notes: \(e.notes))", sourceLocation: sourceLocation)
            for note in expectedNotes {
                #expect(e.notes.contains(note), "cell \(n + 1) notes \(e.notes)", sourceLocation: sourceLocation)
            }
        } else if let expectedError {
            Issue.record("cell \(n + 1) should fail with \(expectedError)", sourceLocation: sourceLocation)
        }
    }
}

/// Runs one cell in a fresh session and returns its result.
func run(_ source: String) -> CellRunResult {
    let parsed = CellParser.parse(source)
    if !parsed.errors.isEmpty { Issue.record("does not parse: \(parsed.errors)") }
    return Session(baseDirectory: URL(fileURLWithPath: "/tmp/notebook")).run(parsed.statements)
}
