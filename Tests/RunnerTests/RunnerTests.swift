import CellRuntime
import Foundation
import NotebookDocument
import Reporting
import TestSupport
import Testing

@testable import Runner

@Suite struct RunnerTests {
    @Test func cellsShareOneSessionAndShowTheirLastValue() throws {
        let run = try runNotebook(
            """
            # T

            ```swift
            let x = 20
            print("x is \\(x)")
            ```

            ```swift
            x + 22
            ```
            """)
        #expect(run.cells.map(\.status) == [.succeeded, .succeeded])
        #expect(run.cells.map(\.executionCount) == [1, 2])
        #expect(stream(run.cells[0]) == "x is 20\n")
        #expect(displays(run.cells[0]).isEmpty)
        #expect(displays(run.cells[1]) == [.text("42")])
    }

    @Test func aFailingCellStopsTheRunWithItsNotebookLocation() throws {
        let run = try runNotebook(
            """
            # T

            ```swift
            let ratings = 1
            ```

            Prose.

            ```swift
            print("before")
            let y = ratngs + 1
            ```

            ```swift
            print("never")
            ```
            """, name: "broken.md")
        #expect(run.cells.map(\.status) == [.succeeded, .failed, .notRun])
        let diagnostic = try #require(run.cells[1].diagnostics.first)
        #expect(diagnostic.location.line == 11)
        #expect(diagnostic.location.column == 9)
        #expect(diagnostic.location.path.hasSuffix("broken.md"))
        #expect(diagnostic.message.contains("ratngs"))
        #expect(diagnostic.notes.joined().contains("ratings"), "suggests the close name")
        #expect(diagnostic.excerpt == "let y = ratngs + 1\n        ^")
        #expect(stream(run.cells[1]) == "before\n", "output before the error is kept")
        #expect(run.cells[2].executionCount == nil)
    }

    @Test func syntaxErrorsAreLocatedInTheNotebook() throws {
        let run = try runNotebook("```swift\nlet a = 1\nlet b = (a + 2\n```\n")
        #expect(run.cells[0].status == .failed)
        let diagnostic = try #require(run.cells[0].diagnostics.first)
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.message.contains("expected ')'"))
    }

    @Test func keepGoingRunsPastAFailure() throws {
        let run = try runNotebook("```swift\nlet a = nope\n```\n\n```swift\n1 + 1\n```\n", options: RunOptions(keepGoing: true))
        #expect(run.cells.map(\.status) == [.failed, .succeeded])
    }

    @Test func evalFalseSkipsAndErrorTrueExpectsAnError() throws {
        let run = try runNotebook(
            """
            ```swift
            //| eval: false
            this is not even code (
            ```

            ```swift
            //| error: true
            let z = 1 / 0
            ```

            ```swift
            "still running"
            ```
            """)
        #expect(run.cells.map(\.status) == [.skipped, .succeeded, .succeeded])
        #expect(run.cells[0].executionCount == nil)
        #expect(run.cells[1].diagnostics.count == 1, "the expected error is kept for the report")
        #expect(displays(run.cells[2]) == [.text("\"still running\"")])
    }

    @Test func badOptionsFailTheCell() throws {
        let run = try runNotebook("```swift\n//| colour: red\n1\n```\n")
        #expect(run.cells[0].status == .failed)
        #expect(run.cells[0].diagnostics.first?.location.line == 2)
        #expect(run.cells[0].diagnostics.first?.message.contains("unknown cell option 'colour'") == true)
    }

    @Test func relativePathsResolveAgainstTheNotebookFolder() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "id,title\n1,\"<script>alert(1)</script>\"\n2,\"Misérables, Les (1995)\"\n"
            .write(to: folder.appendingPathComponent("movies.csv"), atomically: true, encoding: .utf8)
        let run = try runNotebook("```swift\nlet m = readCSV(\"../movies.csv\")\nm\n```\n", in: folder.appendingPathComponent("sub"))
        #expect(run.cells[0].status == .succeeded)
        guard case let .table(table)? = displays(run.cells[0]).first else {
            Issue.record("expected a table, got \(displays(run.cells[0]))"); return
        }
        #expect(table.columns == ["id", "title"])
        #expect(table.rows.map { $0.last } == ["<script>alert(1)</script>", "Misérables, Les (1995)"])

        let html = HTMLReport.render(ReportBuilder.document(for: run))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert(1)"))
    }

    @Test func highlightingCoversTheCodeExactly() {
        let code = "let s = \"é \\(1 + 2)\" // note\nfor i in 0..<3 { print(i) }"
        let segments = ReportBuilder.highlight(code)
        #expect(segments.map(\.text).joined() == code)
        #expect(segments.first == CodeSegment("let", .keyword))
        #expect(segments.contains(CodeSegment("// note", .comment)))
    }
}

@Suite struct StreamClippingTests {
    @Test func longPrintedOutputKeepsHeadAndTail() {
        let text = (0..<5_000).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let clipped = ReportBuilder.clipped(text)
        let lines = clipped.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 1_000 + 1 + 200)
        #expect(lines.first == "line 0")
        #expect(lines[999] == "line 999")
        #expect(lines[1000] == "… 3801 lines not shown (the cell printed 5000 lines) …")
        #expect(lines[1001] == "line 4801")
        #expect(lines.last == "", "the final newline is kept")
        #expect(ReportBuilder.clipped("short\n") == "short\n")
    }
}

@Suite struct InterruptTests {
    /// Ctrl-C stops the running cell, keeps the report and exits with 130 (in a child process, since
    /// the interruption flag is process-wide).
    @Test func ctrlCWritesTheReportAndExits130() throws {
        let folder = try temporaryFolder()
        try "# i\n\n```swift\nprint(\"first\")\n```\n\n```swift\nvar k = 0\nwhile true { k += 1 }\n```\n\n```swift\nprint(\"never\")\n```\n"
            .write(to: folder.appendingPathComponent("inf.md"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = Repository.root.appendingPathComponent(".build/debug/notebook")
        process.arguments = ["run", "inf.md"]
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        // Wait until the loop cell has started (its progress line comes after it ends, so poll the time).
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, SIGINT)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(stderr.contains("inf.md:9:1: error: interrupted"), "\(stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("output/inf.html"), encoding: .utf8)
        #expect(html.contains("interrupted"))
        #expect(html.contains("not run"))
    }
}
