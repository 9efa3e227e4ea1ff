import Testing

@testable import Plotting

@Suite struct SVGWriterTests {
    @Test func numbersAreShortAndRounded() {
        #expect(SVGWriter.number(3.14159) == "3.1")
        #expect(SVGWriter.number(2.0) == "2")
        #expect(SVGWriter.number(-0.04) == "0")
        #expect(SVGWriter.number(-0.05) == "-0.1")
        #expect(SVGWriter.number(0.05) == "0.1")
        #expect(SVGWriter.number(1234.56) == "1234.6")
        #expect(SVGWriter.number(-12.25, decimals: 0) == "-12")
        #expect(SVGWriter.number(0.0005, decimals: 3) == "0.001")
        #expect(SVGWriter.number(0.10000000000000002, decimals: 6) == "0.1")
        #expect(SVGWriter.number(.nan) == "0")
        #expect(SVGWriter.number(-.infinity) == "0")
        #expect(SVGWriter.number(1e13) == "0")
    }

    @Test func escapingTextAndAttributes() {
        let hostile = "Tom & Jerry <b>\"quoted\" 'single'</b>"
        #expect(SVGWriter.escapeText(hostile) == "Tom &amp; Jerry &lt;b&gt;\"quoted\" 'single'&lt;/b&gt;")
        #expect(SVGWriter.escapeAttribute(hostile) == "Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot; &#39;single&#39;&lt;/b&gt;")
        #expect(SVGWriter.escapeText("é 😀 日本") == "é 😀 日本")
        #expect(SVGWriter.escapeText("a\u{0}b\u{1B}c\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        #expect(SVGWriter.escapeText("line\nbreak\ttab") == "line\nbreak\ttab")
        #expect(SVGWriter.escapeAttribute("line\nbreak") == "line&#10;break")
    }

    @Test func elementsAreWrittenInOrderAndClosed() {
        var w = SVGWriter()
        w.open("g", [("fill", .text("a&b")), ("x", .number(1.26))])
        w.textElement("text", [("y", .number(-3))], "<hi>")
        w.empty("rect", [("width", .number(10))])
        #expect(w.finish() == "<g fill=\"a&amp;b\" x=\"1.3\">\n<text y=\"-3\">&lt;hi&gt;</text>\n<rect width=\"10\"/>\n</g>\n")
    }

    @Test func rootElementAttributes() throws {
        let svg = Fixtures.histogram.svg()
        #expect(svg.hasPrefix("<svg viewBox=\"0 0 400 300\" width=\"400\" height=\"300\" role=\"img\""))
        #expect(svg.contains("<title>Ratings</title>"))
        #expect(!svg.contains("http://"))
        #expect(!svg.contains("xmlns"))
        let standalone = Fixtures.histogram.svg(standalone: true)
        #expect(standalone.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\""))
        let parsed = XMLCheck.parse(standalone)
        #expect(parsed.error == nil)
        #expect(parsed.rootAttributes["role"] == "img")
        // Sizes are clamped and rounded; a missing title falls back to the kind's name.
        var chart = Chart.bar(categories: ["a"], values: [1])
        chart.width = 10
        chart.height = .nan
        let small = chart.svg()
        #expect(small.hasPrefix("<svg viewBox=\"0 0 120 480\" width=\"120\" height=\"480\""))
        #expect(small.contains("<title>bar chart</title>"))
    }

    @Test func textFitting() {
        #expect(TextFit.truncated("Silence of the Lambs", to: 8) == "Silence…")
        #expect(TextFit.truncated("short", to: 8) == "short")
        #expect(TextFit.truncated("😀😀😀😀", to: 3) == "😀😀…")
        #expect(TextFit.truncated("abc", to: 0) == "")
        #expect(TextFit.capacity(width: 66, fontSize: 11) == 10)
        #expect(TextFit.capacity(width: 1e300, fontSize: 1) == 1_000_000)
        #expect(TextFit.capacity(width: 100, fontSize: .nan) == 0)
        #expect(
            TextFit.wrapped("3 points not shown (NaN or infinite)", width: 20 * 6.6, fontSize: 11)
                == ["3 points not shown", "(NaN or infinite)"])
    }
}
