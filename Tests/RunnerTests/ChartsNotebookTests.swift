import CellRuntime
import Foundation
import NotebookDocument
import Reporting
import TestSupport
import Testing

@testable import Runner

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Notebooks/tests/charts.md: every chart kind and degenerate case, from cells through the report.
@Suite struct ChartsNotebookTests {
    static let path = Repository.root.appendingPathComponent("Notebooks/tests/charts.md").path

    /// The SVG outputs of a cell run.
    static func svgs(_ run: CellRun) -> [String] {
        displays(run).compactMap { if case let .svg(s) = $0 { return s } else { return nil } }
    }

    @Test func everyCellSucceedsAndShowsOneWellFormedChart() throws {
        let run = try NotebookRunner.run(path: Self.path)
        #expect(run.cells.count == 20)
        for cell in run.cells {
            let line = cell.cell.fenceLine
            #expect(cell.status == .succeeded, "cell at line \(line): \(cell.diagnostics.map(\.description))")
            let svgs = Self.svgs(cell)
            #expect(svgs.count == 1, "cell at line \(line) shows one chart, not \(displays(cell))")
            for svg in svgs {
                let parsed = SVGCheck.parse(svg)
                #expect(parsed.error == nil, "cell at line \(line): \(parsed.error ?? "")")
                #expect(parsed.root == "svg" && parsed.viewBox != nil, "cell at line \(line): root \(parsed.root ?? "none")")
            }
        }
    }

    @Test func chartsCarryWhatTheCellsAskedFor() throws {
        let run = try NotebookRunner.run(path: Self.path)
        func texts(_ i: Int) -> [String] { Self.svgs(run.cells[i]).flatMap { SVGCheck.parse($0).texts } }
        func svg(_ i: Int) -> String { Self.svgs(run.cells[i]).first ?? "" }

        // Scatter: hostile labels come back as the same text after XML parsing, never as markup.
        let scatter = texts(0)
        for label in ["Five films", "factor 1", "factor 2", "Tom & Jerry", "<script>", "\"quoted\" 'single'", "Amélie ✓", "東京物語"] {
            #expect(scatter.contains(label), "scatter shows \(label)")
        }
        #expect(!svg(0).contains("<script"))
        #expect(svg(0).contains("stroke=\"#d62728\""), "per-point colours")
        // Several series: a legend with each name.
        #expect(texts(3).contains("train") && texts(3).contains("valid"))
        #expect(texts(4).contains("baseline"))
        #expect(svg(4).contains("viewBox=\"0 0 560 320\""), "width: and height: set the size")
        // Histogram of 2,000 values in 30 bins; bar chart categories escaped.
        #expect(texts(5).contains("Sum of 12 uniforms − 6"))
        #expect(texts(6).contains("Action & Advent…") || texts(6).contains("Action & Adventure"))
        #expect(texts(6).contains("<Sci-Fi>"))
        // Joint plot: the count colour bar.
        #expect(texts(7).contains("count"))
        // A chart in a variable, changed through its properties.
        #expect(svg(8).contains("viewBox=\"0 0 420 260\""))
        #expect(texts(8).contains("Changed after it was made"))
        #expect(stream(run.cells[8]) == "shown above: Chart(bar chart, \"Changed after it was made\")\n")
        // Degenerate data.
        #expect(texts(9).contains("only one"))
        #expect(texts(11).contains("no data"))
        #expect(texts(12).contains("3 values not shown (NaN or infinite)"))
        #expect(texts(13).contains("1 point not shown (NaN or infinite)"))
        #expect(texts(15).contains("no data"))
        #expect(texts(16).contains("x has 3 values but y has 2: the first 2 are drawn"))
        #expect(texts(16).contains("Lengths differ: <x> & \"y\""))
        // Log scales with markers; a scatter with a fitted line; horizontal bars with long names.
        #expect(texts(17).contains("0.1") && texts(17).contains("1000"), "log ticks at powers of ten")
        #expect(svg(17).contains("class=\"markers\""))
        #expect(texts(18).contains("fit: y = x"))
        #expect(texts(19).contains("Star Wars: Episode V - The Empire Strikes Back (1980)"))
    }

    @Test func reportInlinesEveryChartAndStaysSmall() throws {
        let run = try NotebookRunner.run(path: Self.path)
        let html = HTMLReport.render(ReportBuilder.document(for: run))
        #expect(html.components(separatedBy: "<div class=\"output output-svg\">").count - 1 == 20)
        #expect(!html.contains("<script"))
        #expect(html.utf8.count < 400_000, "report is \(html.utf8.count) bytes")
    }
}

/// Parses SVG with Foundation's XMLParser: the root element, its viewBox, every text node, the first error.
final class SVGCheck: NSObject, XMLParserDelegate {
    var root: String?
    var viewBox: String?
    var texts: [String] = []
    var error: String?
    private var current = ""

    static func parse(_ svg: String) -> SVGCheck {
        let check = SVGCheck()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = check
        if !parser.parse(), check.error == nil { check.error = parser.parserError.map { "\($0)" } ?? "parse failed" }
        return check
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if root == nil { root = name; viewBox = attributes["viewBox"] }
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { texts.append(current) }
        current = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = "line \(parser.lineNumber): \(parseError)" }
    }
}
