import CellRuntime
import Foundation
import NotebookDocument
import Reporting
import Testing

@testable import Runner

/// Errors that teach: each has the notebook's line and column, a hint, and an excerpt with a caret
/// in the terminal text and in the report.
@Suite struct TeachingErrorTests {
    /// Runs one cell (after a title line) and returns its diagnostic.
    func diagnostic(_ code: String) throws -> Diagnostic {
        let run = try runNotebook("# T\n\n```swift\n\(code)\n```\n", name: "lesson.md")
        return try #require(run.cells[0].diagnostics.first, "\(code) should fail")
    }

    @Test func anUnknownNameSuggestsTheClosest() throws {
        let d = try diagnostic("let learningRate = 0.1\nlet lr = learningRat * 2")
        #expect(d.message == "cannot find 'learningRat' in scope")
        #expect(d.notes == ["did you mean 'learningRate'?"])
        #expect(d.location.line == 5 && d.location.column == 10)
        #expect(
            d.description.replacingOccurrences(of: d.location.path, with: "lesson.md")
                == ("""
                lesson.md:5:10: error: cannot find 'learningRat' in scope
                let lr = learningRat * 2
                         ^
                lesson.md:5:10: note: did you mean 'learningRate'?
                """))
    }

    @Test func anUnknownBuiltinSuggestsTheClosest() throws {
        let d = try diagnostic("prnt(1)")
        #expect(d.notes == ["did you mean 'print'?"])
    }

    @Test func anUnknownMemberSuggestsTheClosest() throws {
        let d = try diagnostic("let xs = [3, 1, 2]\nxs.sortd()")
        #expect(d.message == "no member 'sortd' on Array")
        #expect(d.notes.first?.contains("'sorted'") == true)
        #expect(d.location.line == 5 && d.location.column == 1)
    }

    @Test func aWrongArgumentLabelShowsTheSignature() throws {
        let d = try diagnostic("func scale(_ x: Double, by factor: Double) -> Double { x * factor }\nscale(2, with: 3)")
        #expect(d.message == "argument label 'with:' not expected, expected 'by:'; scale(_ x: Double, by factor: Double) -> Double")
        #expect(d.location.line == 5 && d.location.column == 10)
    }

    @Test func aWrongBuiltinLabelShowsTheSignature() throws {
        let d = try diagnostic("Int.random(within: 1...6)")
        #expect(d.message == "argument label 'within:' not expected, expected 'in:'; random(in range: Range<Int>) -> Int")
    }

    @Test func integerOverflowIsALocatedError() throws {
        let d = try diagnostic("let big = 9223372036854775807\nlet bigger = big + 1")
        #expect(d.message == "arithmetic overflow: 9223372036854775807 + 1 does not fit in Int")
        #expect(d.location.line == 5 && d.location.column == 14)
        #expect(d.excerpt == "let bigger = big + 1\n             ^")
    }

    @Test func divisionByZeroIsALocatedError() throws {
        let d = try diagnostic("let n = 0\nlet mean = 10 / n")
        #expect(d.message == "division by zero")
        #expect(d.location.line == 5 && d.location.column == 12)
    }

    @Test func anIndexOutOfRangeIsALocatedError() throws {
        let d = try diagnostic("let xs = [1, 2, 3]\nlet x = xs[3]")
        #expect(d.message == "index 3 is out of range for an array of 3 elements")
        #expect(d.location.line == 5 && d.location.column == 12)
    }

    @Test func forceUnwrappingNilIsALocatedError() throws {
        let d = try diagnostic("let d = [\"a\": 1]\nlet b = d[\"b\"]!")
        #expect(d.message == "unexpectedly found nil while unwrapping an Optional value")
        #expect(d.location.line == 5 && d.location.column == 9)
    }

    @Test func deepRecursionIsAnErrorNotACrash() throws {
        let d = try diagnostic("func down(_ n: Int) -> Int { down(n + 1) }\ndown(0)")
        #expect(d.message.hasPrefix("maximum call depth \(Interpreter.maxCallDepth) exceeded"))
        #expect(d.location.line == 4 && d.location.column == 30)
    }

    @Test func anErrorInAFunctionFromAnEarlierCellIsLocatedThere() throws {
        let run = try runNotebook(
            """
            # T

            ```swift
            func mean(_ xs: [Int]) -> Int {
                return xs.reduce(0) { $0 + $1 } / xs.count
            }
            ```

            Prose.

            ```swift
            let empty: [Int] = []
            let m = mean(empty)
            ```
            """, name: "lesson.md")
        let d = try #require(run.cells[1].diagnostics.first)
        #expect(d.message == "division by zero")
        #expect(d.location.line == 5 && d.location.column == 12, "in mean's own cell")
        #expect(d.excerpt == "    return xs.reduce(0) { $0 + $1 } / xs.count\n           ^")
        #expect(d.notes == ["called from \(d.location.path):13:9"])
    }

    @Test func theReportShowsTheExcerptWithItsCaret() throws {
        let run = try runNotebook("# T\n\n```swift\nlet total = 3\ntotl + 1\n```\n", name: "lesson.md")
        let html = HTMLReport.render(ReportBuilder.document(for: run))
        #expect(html.contains("<pre class=\"error-excerpt\">totl + 1\n^</pre>"))
        #expect(html.contains("did you mean"))
        #expect(html.contains("lesson.md:5:1"))
    }

    @Test func keepGoingRunsPastFailuresAndMarksTheCellsAfter() throws {
        let run = try runNotebook(
            """
            ```swift
            let a = 1
            ```

            ```swift
            let b = nope
            ```

            ```swift
            a + 1
            ```
            """, options: RunOptions(keepGoing: true))
        #expect(run.cells.map(\.status) == [.succeeded, .failed, .succeeded])
        #expect(run.cells.map(\.ranAfterFailure) == [false, false, true])
        let cells = CellOptionTests.report(run)
        #expect(cells[2].outputs.first == .warning(ReportBuilder.afterFailureNotice))
        #expect(!cells[0].outputs.contains(.warning(ReportBuilder.afterFailureNotice)))
    }

    @Test func withoutKeepGoingTheCellsAfterAFailureAreNotRun() throws {
        let run = try runNotebook("```swift\nlet b = nope\n```\n\n```swift\n1\n```\n")
        #expect(run.cells.map(\.status) == [.failed, .notRun])
        #expect(run.cells[1].ranAfterFailure == false)
    }
}
