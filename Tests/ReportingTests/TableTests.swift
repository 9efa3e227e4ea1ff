import Testing

@testable import Reporting

@Suite struct TableTests {
    func render(_ table: ReportTable) -> String {
        HTMLReport.render(
            ReportDocument(
                title: "t", sourcePath: "p.md", facts: fixedFacts,
                blocks: [cell(1, [CodeSegment("x")], outputs: [.table(table)])]))
    }

    @Test func pandasLikeHead() {
        let html = HTMLReport.render(sampleDocument())
        #expect(
            html.contains(
                "<thead><tr><th class=\"corner\"></th><th class=\"num\" scope=\"col\">userId</th>"
                    + "<th class=\"num\" scope=\"col\">movieId</th><th class=\"num\" scope=\"col\">rating</th>"
                    + "<th class=\"num\" scope=\"col\">timestamp</th><th scope=\"col\">title</th></tr></thead>"
            ))
        #expect(
            html.contains(
                "<tr><th scope=\"row\">2</th><td class=\"num\">1</td><td class=\"num\">1061</td><td class=\"na\"></td>"
                    + "<td class=\"num\">1260759182</td><td>Sleepers (1996)</td></tr>"
            ))
        #expect(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        #expect(html.contains("<p class=\"shape\">showing 5 of 100,004 rows × 5 columns</p>"))
        #expect(html.contains("<tr class=\"more\"><th>⋮</th>"))
    }

    @Test func shapeLines() {
        // A table shown whole carries no shape line (pandas shows none either).
        let full = ReportTable(columns: ["a", "b"], rows: [["1", "x"], ["2", "y"], ["3", "z"]])
        #expect(!render(full).contains("class=\"shape\""))
        #expect(!render(full).contains("class=\"more\""))
        let one = ReportTable(columns: ["a"], rows: [["1"]])
        #expect(!render(one).contains("class=\"shape\""))
        #expect(HTMLRenderer.shapeLine(full, shownRows: 3, shownColumns: 2) == "3 rows × 2 columns")
        let wide = ReportTable(columns: ["a", "b"], rows: [["1", "2"]], totalRows: 1, totalColumns: 1_000)
        #expect(render(wide).contains("<p class=\"shape\">showing 1 row × 2 of 1,000 columns</p>"))
        #expect(render(wide).contains("<th class=\"more\">…</th>"))
        let empty = ReportTable(columns: ["a"], rows: [], totalRows: 0)
        #expect(!render(empty).contains("class=\"shape\""))
    }

    @Test func numbersInAColumnShareTheirDecimals() {
        let table = ReportTable(
            columns: ["model", "rmse", "id"], rows: [["a", "0.91", "7"], ["b", "0.913", "12"], ["c", "0.8805", "3"], ["d", "1", "4"]])
        let html = render(table)
        for value in ["0.9100", "0.9130", "0.8805", "1.0000"] {
            #expect(html.contains("<td class=\"num\">\(value)</td>"), "\(value)")
        }
        #expect(html.contains("<td class=\"num\">12</td>"), "integer columns are left alone")
        #expect(ReportFormatting.alignedDecimals(["1e-3", "0.5"]) == ["1e-3", "0.5"], "not plain decimals: unchanged")
        #expect(ReportFormatting.alignedDecimals(["−0.5", "", "2"]) == ["−0.5", "", "2.0"])
        #expect(ReportFormatting.alignedDecimals(["0.1234567", "1"]) == ["0.1234567", "1"], "more than 6 decimals: unchanged")
    }

    @Test func columnsNameHasAHeaderRowOfItsOwn() {
        let crosstab = ReportTable(
            columns: ["1", "50"], index: ["7", "13"], indexName: "userId", columnsName: "movieId", rows: [["", "5"], ["3", "5"]])
        let html = render(crosstab)
        #expect(
            html.contains(
                "<thead><tr class=\"columns-name\"><th class=\"corner\"></th><th colspan=\"2\" scope=\"colgroup\">movieId</th></tr>\n"
                    + "<tr><th class=\"corner\">userId</th>"))
    }

    @Test func raggedRowsArePaddedOrCut() {
        let ragged = ReportTable(columns: ["a", "b"], index: ["r0"], rows: [["1"], ["2", "3", "4"]])
        let html = render(ragged)
        #expect(html.contains("<tr><th scope=\"row\">r0</th><td class=\"num\">1</td><td class=\"na\"></td></tr>"))
        // The second row has no index label (index too short) and loses its extra cell.
        #expect(html.contains("<tr><th scope=\"row\"></th><td class=\"num\">2</td><td class=\"num\">3</td></tr>"))
    }

    @Test func numericDetection() {
        for text in ["3", "-0.25", "1e-3", "1,234", "nan", "inf", "12%", " 7 "] {
            #expect(ReportFormatting.looksNumeric(text), "\(text)")
        }
        for text in ["", "abc", "1.2.3", "4 stars", "%", "-"] {
            #expect(!ReportFormatting.looksNumeric(text), "\(text)")
        }
    }
}

@Suite struct HeadAndTailTests {
    func render(_ blocks: [ReportBlock], title: String = "t") -> String {
        HTMLReport.render(ReportDocument(title: title, sourcePath: "p.md", facts: fixedFacts, blocks: blocks))
    }

    /// A pandas-style head and tail of a 100,000-row frame (as `Frames.FrameTable` gives it: a row
    /// of "..." with index "..." between the first and last rows).
    @Test func hundredThousandRowsShowHeadTailAndFullShape() {
        let table = ReportTable(
            columns: ["userId", "movieId", "rating", "timestamp"],
            index: ["0", "1", "...", "99998", "99999"],
            rows: [
                ["196", "242", "3", "881250949"], ["186", "302", "3", "891717742"],
                ["...", "...", "...", "..."],
                ["276", "1090", "1", "874795795"], ["13", "225", "2", "882399156"],
            ],
            totalRows: 100_000, totalColumns: 4)
        let html = render([cell(1, [CodeSegment("x")], outputs: [.table(table)])])
        #expect(html.contains("<p class=\"shape\">100,000 rows × 4 columns (first 2 and last 2 shown)</p>"))
        #expect(html.occurrences(of: "<tr class=\"more\">") == 1, "one ⋮ row, in place of the ... row")
        #expect(!html.contains("<th scope=\"row\">...</th>"))
        // The ⋮ row sits between the head and the tail.
        let more = html.range(of: "<tr class=\"more\">")?.lowerBound
        let head = html.range(of: "<th scope=\"row\">1</th>")?.lowerBound
        let tail = html.range(of: "<th scope=\"row\">99998</th>")?.lowerBound
        #expect(head != nil && more != nil && tail != nil)
        if let head, let more, let tail { #expect(head < more && more < tail) }
    }

    @Test func indexNameFillsTheCorner() {
        let table = ReportTable(
            columns: ["1", "7"], index: ["13", "42"], indexName: "user<Id>",
            rows: [["3.0", ""], ["5.0", "4.0"]])
        let html = render([cell(1, [CodeSegment("x")], outputs: [.table(table)])])
        #expect(html.contains("<th class=\"corner\">user&lt;Id&gt;</th>"))
        #expect(html.contains("<tr><th scope=\"row\">13</th><td class=\"num\">3.0</td><td class=\"na\"></td></tr>"))
    }

    @Test func aLeadingTitleHeadingIsShownOnlyInTheHeader() {
        let html = render(
            [
                .heading(level: 1, text: "Lesson", html: "Lesson"),
                .prose(html: "<p>Intro.</p>"),
                .heading(level: 2, text: "Data", html: "Data"),
            ], title: "Lesson")
        #expect(html.contains("<h1 class=\"title\">Lesson</h1>"))
        #expect(!html.contains("<h1 id="), "the title heading is not repeated in the body")
        #expect(!html.contains(">Lesson</a></li>"), "nor listed in the contents")
        #expect(html.contains("<a href=\"#data\">Data</a></li>"))
    }

    @Test func aLaterLevelOneHeadingStaysInTheBody() {
        let html = render(
            [
                .prose(html: "<p>Intro.</p>"), .cell(ReportCell(executionCount: 1, location: "p.md:1", code: [], status: .succeeded, seconds: 0, outputs: [])),
                .heading(level: 1, text: "t", html: "t"),
            ], title: "t")
        #expect(html.contains("<h1 id="))
    }

    @Test func aLineBreakInAFieldIsShownAsOne() {
        let html = TableTests().render(
            ReportTable(columns: ["title", "n"], index: nil, rows: [["two\nlines", "1"]], totalRows: 1, totalColumns: 2))
        #expect(html.contains("<td class=\"lines\">two\nlines</td><td class=\"num\">1</td>"))
        #expect(html.contains("table.dataframe td.lines { white-space: pre; }"))
    }
}
