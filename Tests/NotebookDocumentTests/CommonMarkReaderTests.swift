import Testing

@testable import NotebookDocument

@Suite struct CommonMarkReaderTests {
    static let lesson = """
        # Movielens

        Some *prose* with <b>raw</b> HTML.

        ```swift
        let a = 1
        a + 1
        ```

        ## Data

        ```python
        print("not a cell")
        ```

            let indented = "prose too"

        ~~~swift title="second"
        //| eval: false
        //| caption: "Two lines"
        let b = 2
        ~~~

        - a list with a nested fence:

          ```swift
          let nested = 3
          ```
        """

    @Test func cellsKeepTheirStartLinesAndSource() throws {
        let notebook = CommonMarkReader.parse(Self.lesson, path: "lesson.md")
        let cells = notebook.cells
        #expect(cells.count == 2)
        #expect(cells[0].index == 0)
        #expect(cells[0].fenceLine == 5)
        #expect(cells[0].firstSourceLine == 6)
        #expect(cells[0].source == "let a = 1\na + 1")
        #expect(cells[1].fenceLine == 18)
        #expect(cells[1].firstSourceLine == 19)
        #expect(cells[1].infoString == "swift title=\"second\"")
        #expect(cells[1].source == "//| eval: false\n//| caption: \"Two lines\"\nlet b = 2")
        #expect(cells[1].displayCode == "let b = 2")
        #expect(cells[1].optionLineCount == 2)
    }

    @Test func optionsAreParsed() {
        let cell = CommonMarkReader.parse(Self.lesson, path: "lesson.md").cells[1]
        #expect(cell.options.eval == false)
        #expect(cell.options.caption == "Two lines")
        #expect(cell.optionErrors.isEmpty)
        let first = CommonMarkReader.parse(Self.lesson, path: "lesson.md").cells[0]
        #expect(first.options == CellOptions())
    }

    @Test func titleHeadingsAndProse() {
        let notebook = CommonMarkReader.parse(Self.lesson, path: "dir/lesson.md")
        #expect(notebook.title == "Movielens")
        let headings = notebook.blocks.compactMap { if case let .heading(h) = $0 { return h } else { return nil } }
        #expect(headings.map(\.level) == [1, 2])
        #expect(headings.map(\.text) == ["Movielens", "Data"])
        #expect(headings[1].html == "Data")
        #expect(headings[1].startLine == 10)
        let prose = notebook.blocks.compactMap { if case let .prose(p) = $0 { return p } else { return nil } }
        let all = prose.map(\.html).joined()
        #expect(all.contains("<em>prose</em>"))
        #expect(!all.contains("<b>raw</b>"), "raw HTML must not pass through")
        #expect(all.contains("print(&quot;not a cell&quot;)"), "a python fence is prose")
        #expect(all.contains("let indented"), "an indented code block is prose")
        #expect(all.contains("let nested = 3"), "a fence nested in a list is prose")
        #expect(prose.first?.startLine == 3)
    }

    @Test func titleFallsBackToFileName() {
        #expect(CommonMarkReader.parse("text only", path: "Notebooks/intro.md").title == "intro")
    }

    @Test func unclosedFenceAtEndOfFileIsACellWithAWarning() {
        let text = "# T\n\n```swift\nlet x = 1\nx"
        let notebook = CommonMarkReader.parse(text, path: "u.md")
        #expect(notebook.cells.count == 1)
        #expect(notebook.cells[0].source == "let x = 1\nx")
        #expect(notebook.warnings.count == 1)
        #expect(notebook.warnings.first?.location == SourceLocation(path: "u.md", line: 3, column: 1))
        #expect(notebook.warnings.first?.message.contains("not closed") == true)
        let closed = CommonMarkReader.parse("```swift\nlet x = 1\n```\n", path: "c.md")
        #expect(closed.warnings.isEmpty)
        let longerClose = CommonMarkReader.parse("````swift\nlet x = 1\n`````\n", path: "c.md")
        #expect(longerClose.warnings.isEmpty)
    }

    @Test func emptyCellAndCRLF() {
        let notebook = CommonMarkReader.parse("```swift\r\n```\r\n\r\n```swift\r\nlet y = 2\r\n```\r\n", path: "e.md")
        #expect(notebook.cells.count == 2)
        #expect(notebook.cells[0].source == "")
        #expect(notebook.cells[1].firstSourceLine == 5)
        #expect(notebook.warnings.isEmpty)
    }

    @Test func badOptionsAreReportedWithTheirLocation() {
        let text = "text\n\n```swift\n//| eval: maybe\n//| colour: red\n//| nonsense\nlet x = 1\n```\n"
        let cell = CommonMarkReader.parse(text, path: "o.md").cells[0]
        #expect(cell.optionErrors.count == 3)
        #expect(cell.optionErrors[0].location == SourceLocation(path: "o.md", line: 4, column: 4))
        #expect(cell.optionErrors[0].message == "option 'eval' expects true or false, got 'maybe'")
        #expect(cell.optionErrors[1].message.hasPrefix("unknown cell option 'colour'; valid options are caption, echo"))
        #expect(cell.optionErrors[2].message == "expected 'key: value' after '//|'")
    }

    @Test func everyOptionParses() throws {
        var options = CellOptions()
        try options.set("timeout", "2.5")
        try options.set("seed", "7")
        try options.set("echo", "false")
        try options.set("output", "false")
        try options.set("error", "true")
        try options.set("label", "fig-1")
        try options.set("parameters", "true")
        #expect(options.timeout == 2.5)
        #expect(options.seed == 7)
        #expect(!options.echo && !options.output && options.error && options.parameters)
        #expect(options.label == "fig-1")
        #expect(throws: OptionError.self) { try options.set("timeout", "-1") }
        #expect(throws: OptionError.self) { try options.set("seed", "x") }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: DocumentError.unreadable(path: "/nonexistent/x.md", reason: "no such file")) {
            try CommonMarkReader.read(path: "/nonexistent/x.md")
        }
    }

    @Test func nestedAndCapitalisedSwiftFencesWarnAtTheirLine() {
        let text = "> quoted\n> ```swift\n> let a = 1\n> ```\n\n1. item\n\n   ~~~swift\n   let b = 2\n   ~~~\n\n```SWIFT\nlet c = 3\n```\n\n```sh\nls\n```\n"
        let notebook = CommonMarkReader.parse(text, path: "w.md")
        #expect(notebook.cells.isEmpty)
        #expect(notebook.warnings.map(\.location.line) == [2, 8, 12])
        #expect(notebook.warnings.map(\.location.column) == [3, 4, 1])
        #expect(notebook.warnings[0].message.contains("inside a block quote"))
        #expect(notebook.warnings[1].message.contains("~~~swift block is inside a list item"))
        #expect(notebook.warnings[2].message.contains("```SWIFT is not a cell"))
    }
}
