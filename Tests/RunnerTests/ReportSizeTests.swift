import CellRuntime
import Foundation
import NotebookDocument
import Reporting
import TestSupport
import Testing

@testable import Runner

/// The report of lesson 5 stays small (under 2 MB, as `make browser-check` also checks), and a 100,000-row frame shows its head,
/// its tail and its full shape.
@Suite(.serialized) struct ReportSizeTests {
    @Test func lesson5ReportIsUnderTwoMegabytes() throws {
        try Lesson5Tests.requireData()
        let run = try NotebookRunner.run(path: Lesson5Tests.lessonPath)
        let html = HTMLReport.render(ReportBuilder.document(for: run))
        #expect(html.utf8.count < 2_000_000, "lesson5.html is \(html.utf8.count) bytes")
    }

    @Test func aHundredThousandRowFrameShowsHeadTailAndShape() throws {
        try Lesson5Tests.requireData()
        let folder = try temporaryFolder()
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("data"),
            withDestinationURL: Repository.root.appendingPathComponent("data"))
        let run = try runNotebook("# Big\n\n```swift\nreadCSV(\"data/ml-100k/ratings.csv\")\n```\n", in: folder)
        #expect(run.cells.map(\.status) == [.succeeded])
        let html = HTMLReport.render(ReportBuilder.document(for: run))
        #expect(html.contains("<p class=\"shape\">100,000 rows × 4 columns (first 10 and last 10 shown)</p>"))
        #expect(html.contains("<th scope=\"row\">99999</th>"), "the tail is shown")
        #expect(html.components(separatedBy: "<tr class=\"more\">").count - 1 == 1)
        #expect(html.utf8.count < 100_000)
    }
}

extension ReportSizeTests {
    @Test func aMillionPointScatterKeepsTheReportUnderTwoMegabytes() throws {
        let lesson = """
            ```swift
            let xs = (0..<1_000_000).map { Double(($0 * 7919) % 10007) }
            let ys = (0..<1_000_000).map { Double(($0 * 104729) % 9973) }
            scatter(x: xs, y: ys)
            ```

            """
        let run = try runNotebook(lesson)
        #expect(run.cells.map(\.status) == [.succeeded])
        let html = HTMLReport.render(ReportBuilder.document(for: run))
        #expect(html.utf8.count < 2_000_000, "\(html.utf8.count) bytes")
        #expect(html.contains("1,000,000 points drawn as "))
    }
}
