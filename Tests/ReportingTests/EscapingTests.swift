import Testing

@testable import Reporting

@Suite struct EscapingTests {
    @Test func escapesTheFiveCharacters() {
        #expect(HTMLEscaping.escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
        #expect(HTMLEscaping.escape("plain élan 🎬") == "plain élan 🎬")
        #expect(HTMLEscaping.escape("nul\u{0}") == "nul\u{FFFD}")
        #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
    }

    @Test func noRawScriptAnywhere() {
        let html = HTMLReport.render(hostileDocument())
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(1)</script>"))
    }

    /// Each slot where the hostile text appears, with the markup right before it.
    @Test(arguments: [
        ("title tag", "<title>"),
        ("page heading", "<h1 class=\"title\">"),
        ("facts path", "<dd><code>"),
        ("footer path", "from <code>"),
        ("tool version", "<dt>Tool</dt><dd>"),
        ("generator meta", "<meta name=\"generator\" content=\""),
        ("toc entry", "<a href=\"#scriptalert1script-q-a\">"),
        ("cell location", "class=\"loc\" href=\"#scriptalert1script-q-a-1\">"),
        ("cell code", "<span class=\"tok-string\">"),
        ("stream", "<div class=\"output output-stream\"><pre>"),
        ("text", "Out[1]:</span><pre>"),
        ("table caption", "<caption>"),
        ("table header", "<th scope=\"col\">"),
        ("table index", "<th scope=\"row\">"),
        ("table cell", "<td>"),
        ("error location", "<span class=\"error-loc\">"),
        ("error message", "<span class=\"error-message\">"),
        ("error note", "<li><strong>note:</strong> "),
        ("error excerpt", "<pre class=\"error-excerpt\">"),
        ("warning", "<strong>warning:</strong> "),
        ("cell caption", "<p class=\"cell-caption\">"),
    ])
    func escapedIn(place: String, prefix: String) {
        let html = HTMLReport.render(hostileDocument())
        #expect(html.contains(prefix + hostileEscaped), "\(place)")
    }

    @Test func tableSlotsAppearInBothTables() {
        // Two tables each hold the hostile caption, header, index and cell.
        let html = HTMLReport.render(hostileDocument())
        #expect(html.occurrences(of: "<caption>" + hostileEscaped) == 2)
        #expect(html.occurrences(of: "<td>" + hostileEscaped) == 2)
    }

    @Test func idsAndAttributesCarryNoMarkup() {
        let html = HTMLReport.render(hostileDocument())
        for id in html.attributeValues("id") + html.attributeValues("href") {
            #expect(!id.contains("<") && !id.contains(">") && !id.contains("'"), "\(id)")
        }
    }

    @Test func trustedHTMLPassesThroughUnchanged() {
        let prose = "<p>Hi <em>there</em> &amp; <a href=\"#data\">link</a></p>"
        let headingHTML = "Ratings by <em>star</em> &amp; <code>id</code>"
        let trusted = "<div class=\"x\"><b>bold</b> &lt;kept&gt;</div>"
        let svg = "<svg viewBox=\"0 0 10 10\"><rect x=\"1\" y=\"1\" width=\"8\" height=\"8\"/><text>a &amp; b</text></svg>"
        let doc = ReportDocument(
            title: "t", sourcePath: "p.md", facts: fixedFacts,
            blocks: [
                .prose(html: prose),
                .heading(level: 2, text: "Ratings by star & id", html: headingHTML),
                cell(1, [CodeSegment("x")], outputs: [.html(trusted), .svg(svg)]),
            ])
        let html = HTMLReport.render(doc)
        #expect(html.contains(prose))
        #expect(html.contains("<h2 id=\"ratings-by-star-id\" class=\"section-heading\">" + headingHTML + "<a class=\"anchor\""))
        #expect(html.contains(trusted))
        #expect(html.contains(svg))
        // The heading's plain text (not its HTML) is what the table of contents shows, escaped.
        #expect(html.contains("<a href=\"#ratings-by-star-id\">Ratings by star &amp; id</a>"))
    }
}
