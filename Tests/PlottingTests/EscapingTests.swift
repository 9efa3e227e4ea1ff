import Testing

@testable import Plotting

/// Hostile text reaches the page only as escaped text: it parses, and reads back unchanged.
@Suite struct EscapingTests {
    static let hostile = ["<script>alert('x')</script>", "Tom & Jerry", "\"quoted\" & 'single'", "Amélie 😀", "]]> <!-- -->"]

    @Test func hostileScatterLabels() throws {
        let svg = Chart.scatter(
            x: [0, 1, 2, 3, 4], y: [4, 3, 2, 1, 0], labels: Self.hostile,
            colors: ["\"/><script>", "url(http://x)", "red", "#0f0", "javascript:1"],
            title: "A & B <i>", xLabel: "x \"in\" <px>", yLabel: "y's", width: 480, height: 320
        ).svg()
        try Golden.check("scatter-hostile-labels", svg)
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("http://"))
        #expect(svg.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
        let parsed = XMLCheck.parse(svg)
        #expect(parsed.error == nil)
        for label in Self.hostile + ["A & B <i>", "x \"in\" <px>", "y's"] {
            #expect(parsed.texts.contains(label), "\(label)")
        }
        #expect(parsed.rootAttributes["viewBox"] == "0 0 480 320")
    }

    @Test func hostileCategoriesAndSeriesNames() throws {
        let bar = Chart.bar(categories: Self.hostile, values: [1, 2, 3, 4, 5], width: 900, height: 300).svg()
        try Golden.check("bar-hostile-categories", bar)
        let texts = XMLCheck.parse(bar).texts
        #expect(texts.contains("Tom & Jerry"))
        #expect(texts.contains("Amélie 😀"))
        let line = Chart.line(series: Self.hostile.map { Series(name: $0, y: [1, 2]) }, width: 640, height: 320).svg()
        let lineTexts = XMLCheck.parse(line).texts
        #expect(lineTexts.contains("<script>alert('x')</scr…"))  // legend names are cut at 24 characters
        #expect(lineTexts.contains("\"quoted\" & 'single'"))
        #expect(!line.contains("<script>"))
    }

    @Test func controlCharactersStayWellFormed() {
        let svg = Chart.bar(categories: ["nul\u{0}here", "esc\u{1B}"], values: [1, 2], title: "bell\u{7}").svg()
        #expect(XMLCheck.parse(svg).error == nil)
        #expect(svg.contains("nul\u{FFFD}here"))
    }
}
