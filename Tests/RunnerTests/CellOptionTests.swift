import CellRuntime
import Foundation
import NotebookDocument
import Reporting
import Testing

@testable import Runner

/// Every cell option, seen through the runner and the report it builds.
@Suite struct CellOptionTests {
    static func report(_ run: NotebookRun) -> [ReportCell] {
        ReportBuilder.document(for: run).blocks.compactMap { if case let .cell(c) = $0 { return c } else { return nil } }
    }

    @Test func echoFalseHidesTheCodeButKeepsTheOutputs() throws {
        let run = try runNotebook("```swift\n//| echo: false\nprint(\"shown\")\n```\n")
        let cell = try #require(Self.report(run).first)
        #expect(cell.code.isEmpty)
        #expect(cell.outputs == [.stream("shown\n")])
    }

    @Test func outputFalseRunsButHidesTheOutputs() throws {
        let run = try runNotebook(
            """
            ```swift
            //| output: false
            let hidden = 41
            print("not shown")
            hidden
            ```

            ```swift
            hidden + 1
            ```
            """)
        #expect(run.cells.map(\.status) == [.succeeded, .succeeded])
        #expect(stream(run.cells[0]) == "not shown\n", "the cell ran")
        let cells = Self.report(run)
        #expect(cells[0].outputs.isEmpty)
        #expect(cells[0].code.map(\.text).joined().contains("let hidden = 41"), "the code is still shown")
        #expect(cells[1].outputs == [.text("42")])
    }

    @Test func outputFalseStillShowsAnError() throws {
        let run = try runNotebook("```swift\n//| output: false\nprint(1)\nlet x = 1 / 0\n```\n")
        let cell = try #require(Self.report(run).first)
        #expect(cell.status == .failed)
        guard case let .error(error)? = cell.outputs.first, cell.outputs.count == 1 else {
            Issue.record("expected only the error, got \(cell.outputs)"); return
        }
        #expect(error.message == "division by zero")
    }

    @Test func evalFalseIsShownNeverRunAndDefinesNothing() throws {
        let run = try runNotebook(
            """
            ```swift
            //| eval: false
            let y = 1
            ```

            ```swift
            //| error: true
            y
            ```
            """)
        #expect(run.cells.map(\.status) == [.skipped, .succeeded])
        #expect(run.cells[1].diagnostics.first?.message == "cannot find 'y' in scope")
        let cells = Self.report(run)
        #expect(cells[0].status == .skipped && cells[0].executionCount == nil)
        #expect(cells[0].code.map(\.text).joined() == "let y = 1")
    }

    @Test func anExpectedErrorIsShownAndTheRunGoesOn() throws {
        let run = try runNotebook(
            """
            ```swift
            //| error: true
            print("before")
            [1, 2][5]
            ```

            ```swift
            "after"
            ```
            """)
        #expect(run.cells.map(\.status) == [.succeeded, .succeeded])
        #expect(run.failedCells.isEmpty)
        let diagnostic = try #require(run.cells[0].diagnostics.first)
        #expect(diagnostic.message == "index 5 is out of range for an array of 2 elements")
        #expect(diagnostic.location.line == 4 && diagnostic.location.column == 8)
        let cell = try #require(Self.report(run).first)
        #expect(cell.outputs.first == .stream("before\n"))
        guard case let .error(error)? = cell.outputs.last else { Issue.record("no error shown"); return }
        #expect(error.excerpt == "[1, 2][5]\n       ^")
    }

    @Test func seedRestartsTheGeneratorSoCellsRepeat() throws {
        let run = try runNotebook(
            """
            ```swift
            //| seed: 3
            let a = [Int.random(in: 0..<1_000_000), Int.random(in: 0..<1_000_000)]
            ```

            ```swift
            let other = Int.random(in: 0..<1_000_000)
            ```

            ```swift
            //| seed: 3
            let b = [Int.random(in: 0..<1_000_000), Int.random(in: 0..<1_000_000)]
            a == b
            ```
            """)
        #expect(run.cells.map(\.status) == [.succeeded, .succeeded, .succeeded])
        #expect(displays(run.cells[2]) == [.text("true")])
    }

    @Test func seedChangesTheDraws() throws {
        func first(seed: Int) throws -> [ReportOutput] {
            displays(try runNotebook("```swift\n//| seed: \(seed)\nInt.random(in: 0..<1_000_000_000)\n```\n").cells[0])
        }
        #expect(try first(seed: 1) == first(seed: 1))
        #expect(try first(seed: 1) != first(seed: 2))
    }

    @Test func labelAndCaptionReachTheReport() throws {
        let run = try runNotebook("```swift\n//| label: fig-loss\n//| caption: The loss, epoch by epoch.\n1\n```\n")
        let cell = try #require(Self.report(run).first)
        #expect(cell.label == "fig-loss")
        #expect(cell.caption == "The loss, epoch by epoch.")
        let html = HTMLReport.render(ReportBuilder.document(for: run))
        #expect(html.contains("The loss, epoch by epoch."))
    }

    @Test func aTimeoutStopsALoopWithALocatedError() throws {
        let run = try runNotebook(
            """
            ```swift
            //| timeout: 0.2
            var n = 0
            while n >= 0 {
                n += 1
            }
            ```

            ```swift
            "not reached"
            ```
            """)
        #expect(run.cells.map(\.status) == [.failed, .notRun])
        let diagnostic = try #require(run.cells[0].diagnostics.first)
        #expect(diagnostic.message == "cell exceeded its timeout of 0.2 s")
        #expect(diagnostic.location.line == 4 && diagnostic.location.column == 1)
        #expect(diagnostic.notes.first?.contains("timeout") == true)
    }

    @Test func aTimeoutStopsRecursionInsideCalls() throws {
        // Each call of `fib` checks the deadline: exponential recursion stops too.
        let run = try runNotebook(
            """
            ```swift
            //| timeout: 1
            func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
            fib(60)
            ```
            """)
        let diagnostic = try #require(run.cells[0].diagnostics.first)
        #expect(diagnostic.message == "cell exceeded its timeout of 1 s")
        #expect(diagnostic.location.line == 3)
    }

    @Test func aTimeoutDoesNotCarryOverToTheNextCell() throws {
        let run = try runNotebook(
            """
            ```swift
            //| timeout: 5
            var total = 0
            for i in 0..<5000 { total += i }
            total
            ```

            ```swift
            var more = 0
            for i in 0..<5000 { more += i }
            more
            ```
            """)
        #expect(run.cells.map(\.status) == [.succeeded, .succeeded])
        #expect(displays(run.cells[1]) == [.text("12497500")])
    }

    @Test func anUnknownOptionListsTheValidOnes() throws {
        let run = try runNotebook("```swift\n//| timout: 3\n1\n```\n")
        let diagnostic = try #require(run.cells[0].diagnostics.first)
        #expect(diagnostic.message == "unknown cell option 'timout'; valid options are \(CellOptions.names.joined(separator: ", "))")
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.excerpt?.hasPrefix("//| timout: 3\n") == true)
    }

    @Test func badOptionValuesSayWhatWasExpected() throws {
        let run = try runNotebook(
            """
            ```swift
            //| timeout: soon
            1
            ```

            ```swift
            //| echo: maybe
            2
            ```
            """, options: RunOptions(keepGoing: true))
        #expect(run.cells[0].diagnostics.first?.message == "option 'timeout' expects a positive number of seconds, got 'soon'")
        #expect(run.cells[1].diagnostics.first?.message == "option 'echo' expects true or false, got 'maybe'")
    }
}
