import Foundation
import Testing

@testable import Reporting

@Suite struct StructureTests {
    @Test func pageIsSelfContained() {
        let html = HTMLReport.render(sampleDocument())
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("<title>Lesson 5: collaborative filtering &lt;MovieLens&gt;</title>"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("url("))
        #expect(!html.contains("@import"))
        #expect(html.contains("@media (prefers-color-scheme: dark)"))
        #expect(html.contains("@media print"))
        #expect(html.hasSuffix("</html>\n"))
    }

    /// Charts draw text and axes in currentColor: in dark mode their light panel must also set a dark
    /// text colour, or titles and ticks vanish (seen in a dark-mode screenshot of charts.md).
    @Test func darkModeChartPanelHasDarkText() throws {
        let css = Stylesheet.css
        let dark = try #require(css.range(of: "@media (prefers-color-scheme: dark)"))
        let rest = css[dark.upperBound...]
        let rule = try #require(rest.range(of: ".output-svg > svg {"))
        let body = rest[rule.upperBound...].prefix { $0 != "}" }
        #expect(body.contains("background: #f6f8fa") && body.contains("color: #1f2328"))
    }

    @Test func headerShowsRunFacts() {
        let html = HTMLReport.render(sampleDocument())
        #expect(html.contains("<dt>Notebook</dt><dd><code>Notebooks/lesson5.md</code></dd>"))
        #expect(html.contains("<time datetime=\"2026-09-21T14:13:20Z\">2026-09-21T14:13:20Z</time>"))
        #expect(html.contains("<dt>Total time</dt><dd>1 min 23 s</dd>"))
        #expect(html.contains("<dt>Seed</dt><dd>42</dd>"))
        #expect(html.contains(">3 succeeded</span>"))
        #expect(html.contains(">1 failed</span>"))
        #expect(html.contains(">1 not run</span>"))
        #expect(html.contains("<dt>Tool</dt><dd>notebook 0.1.0</dd>"))
    }

    @Test func tableOfContentsIdsAreSluggedAndUnique() {
        let doc = ReportDocument(
            title: "t", sourcePath: "p.md", facts: fixedFacts,
            blocks: [
                .heading(level: 2, text: "Data Loading!", html: "Data Loading!"),
                .heading(level: 2, text: "Data Loading", html: "Data Loading"),
                .heading(level: 3, text: "Élan  vital_2", html: "Élan vital_2"),
                .heading(level: 2, text: "!!!", html: "!!!"),
                .heading(level: 2, text: "Contents", html: "Contents"),
                cell(1, [CodeSegment("x")], label: "data loading"),
                cell(2, [CodeSegment("y")]),
            ])
        let html = HTMLReport.render(doc)
        let ids = html.attributeValues("id")
        #expect(
            ids == [
                "top", "contents", "report", "data-loading", "data-loading-1", "élan-vital-2",
                "section", "contents-1", "data-loading-2", "cell-7",
            ])
        #expect(Set(ids).count == ids.count)
        let tocLinks = html.attributeValues("href").filter { $0.hasPrefix("#") }.prefix(5)
        #expect(
            Array(tocLinks) == [
                "#data-loading", "#data-loading-1", "#élan-vital-2",
                "#section", "#contents-1",
            ])
        #expect(html.contains("<li class=\"toc-depth-1\"><a href=\"#élan-vital-2\">Élan  vital_2</a></li>"))
    }

    @Test func sampleIdsAreUnique() {
        let ids = HTMLReport.render(sampleDocument()).attributeValues("id")
        #expect(ids.contains("training") && ids.contains("training-1") && ids.contains("fig-stars"))
        #expect(Set(ids).count == ids.count)
    }

    @Test func noContentsWithoutHeadings() {
        let doc = ReportDocument(
            title: "t", sourcePath: "p.md", facts: fixedFacts,
            blocks: [cell(1, [CodeSegment("x")])])
        #expect(!HTMLReport.render(doc).contains("class=\"toc\""))
    }

    @Test func failedAndNotRunCellsAreMarked() {
        let html = HTMLReport.render(sampleDocument())
        #expect(html.occurrences(of: "<section class=\"cell status-failed\" id=\"cell-12\">") == 1)
        #expect(html.contains("<span class=\"badge badge-failed\">failed</span>"))
        #expect(html.occurrences(of: "<section class=\"cell status-notRun\"") == 1)
        #expect(html.contains("<span class=\"prompt\">In [ ]:</span>"))
        #expect(html.contains("<span class=\"badge badge-notRun\">not run</span>"))
        #expect(html.occurrences(of: "<section class=\"cell status-succeeded\"") == 5)
        // The banner links to the first failed cell.
        #expect(html.contains("1 cell failed — first at <a href=\"#cell-12\">lesson5.md:16</a>"))
        // Styles that make them visible.
        #expect(Stylesheet.css.contains(".cell.status-failed { border-color: var(--bad)"))
        #expect(Stylesheet.css.contains(".cell.status-notRun, .cell.status-skipped { opacity: .6;"))
    }

    @Test func noBannerWhenNothingFailed() {
        let doc = ReportDocument(
            title: "t", sourcePath: "p.md", facts: fixedFacts,
            blocks: [cell(1, [CodeSegment("x")])])
        #expect(!HTMLReport.render(doc).contains("class=\"failure-banner\""))
    }

    @Test func cellCardShowsCountLocationTimeAndHighlightedCode() {
        let html = HTMLReport.render(sampleDocument())
        #expect(
            html.contains(
                "<span class=\"prompt\">In [3]:</span><a class=\"loc\" href=\"#cell-7\">lesson5.md:13</a>"
                    + "<span class=\"spacer\"></span><span class=\"time\">3.0 ms</span>"
            ))
        #expect(html.contains("<span class=\"time\">0.84 s</span>"))
        #expect(
            html.contains(
                "<pre class=\"code\"><code><span class=\"tok-keyword\">let</span> <span class=\"tok-identifier\">n</span>"
                    + "<span class=\"tok-operator\"> = </span><span class=\"tok-type\">Tensor</span><span class=\"tok-punctuation\">(</span>"
                    + "<span class=\"tok-number\">3.5</span><span class=\"tok-punctuation\">)</span>\n"
                    + "<span class=\"tok-identifier\">n</span></code></pre>"
            ))
        #expect(html.contains("<span class=\"out-prompt\">Out[3]:</span><pre>Tensor(shape: [], 3.5)</pre>"))
    }

    @Test func longCodeAndOutputAreFolded() {
        let html = HTMLReport.render(sampleDocument())
        // 41 code lines: 12 shown, 29 folded.
        #expect(html.contains("<summary>Show 29 more lines of code</summary>"))
        // 120 stream lines: 20 shown, 100 folded.
        #expect(html.contains("<pre>step 1: loss 1.0000\n"))
        #expect(html.contains("step 20: loss 0.0500</pre><details class=\"fold\"><summary>Show 100 more lines</summary><pre>step 21: loss 0.0476\n"))
        #expect(html.contains("step 120: loss 0.0083</pre></details>"))
        #expect(html.occurrences(of: "<details") == 2)
    }

    @Test func foldingThresholds() {
        func lines(_ n: Int) -> String { (1...n).map(String.init).joined(separator: "\n") }
        let doc = ReportDocument(
            title: "t", sourcePath: "p.md", facts: fixedFacts,
            blocks: [
                cell(1, [CodeSegment(lines(30))], outputs: [.stream(lines(40) + "\n"), .text(lines(40))])
            ])
        #expect(!HTMLReport.render(doc).contains("<details"))
        let longer = ReportDocument(
            title: "t", sourcePath: "p.md", facts: fixedFacts,
            blocks: [
                cell(1, [CodeSegment(lines(31))], outputs: [.stream(lines(41)), .text(lines(41))])
            ])
        let html = HTMLReport.render(longer)
        #expect(html.occurrences(of: "<details") == 3)
        #expect(html.contains("Show 19 more lines of code"))
        #expect(html.occurrences(of: "Show 21 more lines</summary>") == 2)
    }

    @Test func writesSampleForLooking() throws {
        // Set REPORT_SAMPLE_PATH=/tmp/report-sample.html to keep a copy to open in a browser.
        let path =
            ProcessInfo.processInfo.environment["REPORT_SAMPLE_PATH"]
            ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("report-sample-\(UUID().uuidString).html").path
        try HTMLReport.write(sampleDocument(), to: URL(fileURLWithPath: path))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == HTMLReport.render(sampleDocument()))
        if ProcessInfo.processInfo.environment["REPORT_SAMPLE_PATH"] == nil {
            try FileManager.default.removeItem(atPath: path)
        }
    }
}
