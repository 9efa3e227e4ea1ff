import Foundation
import TestSupport
import Testing

@testable import Reporting

/// `PDFReport`: a report printed by headless Chromium. Needs Chromium and poppler-utils (pdfinfo,
/// pdftotext, pdftoppm), which `make browser` installs and `make test` installs first; elsewhere the
/// test skips and says so.
@Suite struct PDFTests {
    static var toolsPresent: Bool {
        PDFReport.browser() != nil && ["pdfinfo", "pdftotext", "pdftoppm"].allSatisfy { Self.which($0) != nil }
    }

    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(which(tool)))
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Twelve cells of eight numbered code lines and a chart each: more than a page, so page breaks
    /// must fall between cells.
    static func longDocument() -> ReportDocument {
        var blocks: [ReportBlock] = [.heading(level: 1, text: "Printing", html: "Printing")]
        let svg =
            "<svg viewBox=\"0 0 400 200\" width=\"400\" height=\"200\" role=\"img\"><title>c</title>"
            + "<rect x=\"10\" y=\"10\" width=\"380\" height=\"180\" fill=\"#1f77b4\"/></svg>"
        for k in 1...12 {
            blocks.append(.prose(html: "<p>Cell \(k) comes next.</p>"))
            let code = (1...8).map { "let cell\(k)line\($0) = \($0)" }.joined(separator: "\n")
            blocks.append(cell(k, [CodeSegment(code, .plain)], outputs: [.svg(svg), .text("done \(k)")]))
        }
        return ReportDocument(title: "Printing", sourcePath: "print.md", facts: fixedFacts, blocks: blocks)
    }

    @Test(.enabled(if: toolsPresent || Repository.noSkips, "needs headless Chromium and poppler-utils: run `make browser`"))
    func printsPagesThatShowTheCellsUnbroken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("print.html")
        let pdf = folder.appendingPathComponent("print.pdf")
        try HTMLReport.write(Self.longDocument(), to: html)
        try PDFReport.write(html: html, to: pdf)

        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        let info = try Self.run("pdfinfo", [pdf.path])
        let pages = try #require(
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") })
        #expect(pages >= 2, "twelve cells with charts take more than one page")

        // Every cell's eight code lines are on one page: no page break inside a cell.
        var pageOf: [Int: Set<Int>] = [:]
        for page in 1...pages {
            let text = try Self.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", pdf.path, "-"])
            for k in 1...12 {
                for line in 1...8 where text.contains("let cell\(k)line\(line) = \(line)") {
                    pageOf[k, default: []].insert(page)
                }
            }
        }
        #expect(pageOf.count == 12, "every cell's code is in the PDF")
        for (k, pagesOfCell) in pageOf.sorted(by: { $0.key < $1.key }) {
            #expect(pagesOfCell.count == 1, "cell \(k) is split over pages \(pagesOfCell.sorted())")
        }

        // The pages convert to PNGs, one per page, each with content.
        _ = try Self.run("pdftoppm", ["-r", "30", "-png", pdf.path, folder.appendingPathComponent("page").path])
        let pngs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }
        #expect(pngs.count == pages)
        for png in pngs {
            let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(png).path)[.size] as? Int ?? 0
            #expect(size > 1_000, "\(png) has content")
        }
    }

    @Test func failuresNameThePDF() {
        #expect(PDFReport.Failure.noBrowser(pdf: "/r/x.pdf").description.contains("cannot write /r/x.pdf: expected headless Chromium"))
        #expect(
            PDFReport.Failure.browserFailed(pdf: "/r/x.pdf", status: 1, output: "boom").description
                == "cannot write /r/x.pdf: headless Chromium exited with status 1 and wrote no PDF: boom")
    }
}
