import Foundation
import Reporting
import TestSupport
import Testing

@testable import Runner

/// Lessons as nbformat 4 notebooks and back (`notebook convert`, `notebook run --to ipynb`).
@Suite struct JupyterNotebookTests {
    static let lesson = """
        # Title

        Some *prose*.

        ```swift
        //| parameters: true
        let n = 3
        ```

        More prose.

        ````swift
        //| error: true
        let bad: Int = "x"
        ````

        ```python
        not a cell
        ```

        ```swift
        print(n)
        ```

        """

    static func cells(_ notebook: [String: Any]) -> [[String: Any]] { notebook["cells"] as? [[String: Any]] ?? [] }
    static func source(_ cell: [String: Any]) -> String { (cell["source"] as? [String] ?? []).joined() }

    @Test func proseAndCellsBecomeMarkdownAndCodeCells() throws {
        let notebook = JupyterNotebook.notebook(markdown: Self.lesson, path: "l.md")
        #expect(notebook["nbformat"] as? Int == 4)
        let cells = Self.cells(notebook)
        #expect(cells.map { $0["cell_type"] as? String ?? "" } == ["markdown", "code", "markdown", "code", "markdown", "code"])
        #expect(Self.source(cells[0]) == "# Title\n\nSome *prose*.")
        #expect(Self.source(cells[1]) == "//| parameters: true\nlet n = 3")
        let metadata = cells[1]["metadata"] as? [String: Any] ?? [:]
        #expect(metadata["tags"] as? [String] == ["parameters"])
        #expect((metadata["notebook"] as? [String: Any])?["options"] as? [String: String] == ["parameters": "true"])
        let error = cells[3]["metadata"] as? [String: Any] ?? [:]
        #expect(error["tags"] as? [String] == ["raises-exception"])
        #expect((error["notebook"] as? [String: Any])?["fence"] as? String == "````")
        // A fence of another language stays prose.
        #expect(Self.source(cells[4]) == "```python\nnot a cell\n```")
        #expect(Set(cells.compactMap { $0["id"] as? String }).count == cells.count)
    }

    @Test func theRoundTripKeepsTheText() throws {
        let data = try JupyterNotebook.data(JupyterNotebook.notebook(markdown: Self.lesson, path: "l.md"))
        #expect(try JupyterNotebook.markdown(fromNotebookData: data, path: "l.ipynb") == Self.lesson)
    }

    @Test func aParametersTagMakesTheParametersCell() throws {
        let json = """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
              {"cell_type": "code", "id": "a", "metadata": {"tags": ["parameters"]}, "source": ["let n = 1\\n", "let m = 2"],
               "outputs": [{"output_type": "stream", "name": "stdout", "text": "dropped"}], "execution_count": 4},
              {"cell_type": "markdown", "id": "b", "metadata": {}, "source": "# Head"}
            ]}
            """
        let markdown = try JupyterNotebook.markdown(fromNotebookData: Data(json.utf8), path: "p.ipynb")
        #expect(markdown == "```swift\n//| parameters: true\nlet n = 1\nlet m = 2\n```\n\n# Head\n")
    }

    @Test func notebooksThatAreNotNbformat4AreRefusedWithTheReason() {
        #expect(throws: JupyterNotebook.FormatError.self) { try JupyterNotebook.markdown(fromNotebookData: Data("[]".utf8), path: "x.ipynb") }
        let v3 = #"{"nbformat": 3, "worksheets": []}"#
        do {
            _ = try JupyterNotebook.markdown(fromNotebookData: Data(v3.utf8), path: "old.ipynb")
            Issue.record("nbformat 3 was accepted")
        } catch {
            #expect("\(error)" == "old.ipynb: error: expected nbformat 4, got 3")
        }
    }

    @Test func outputsBecomeMimeBundles() {
        let table = ReportOutput.table(ReportTable(columns: ["a"], rows: [["1"]]))
        #expect(table.mimeBundle?["text/html"]?.contains("<table") == true)
        #expect(table.mimeBundle?["text/plain"] == "a\n1")
        #expect(ReportOutput.svg("<svg/>").mimeBundle?["image/svg+xml"] == "<svg/>")
        #expect(ReportOutput.stream("x").mimeBundle == nil)
    }
}

/// `notebook convert` and `notebook run --to ipynb` from the command line.
@Suite struct JupyterCommandLineTests {
    func folder(with files: [String: String]) throws -> URL {
        let dir = try temporaryFolder()
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func convertWritesBesideTheInputAndBack() throws {
        let dir = try folder(with: ["a.md": JupyterNotebookTests.lesson])
        let there = try runCLI(["convert", "a.md", "--to", "ipynb"], in: dir)
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout == "wrote a.ipynb\n")
        let back = try runCLI(["convert", "a.ipynb", "--to", "md", "-o", "b.md"], in: dir)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("b.md"), encoding: .utf8) == JupyterNotebookTests.lesson)
    }

    @Test func convertSaysWhatIsWrong() throws {
        let dir = try folder(with: ["bad.ipynb": "{\"nbformat\": 4}"])
        let format = try runCLI(["convert", "bad.ipynb", "--to", "docx"], in: dir)
        #expect(format.status == 2)
        #expect(format.stderr.contains("--to expects ipynb or md, got 'docx'"))
        let noCells = try runCLI(["convert", "bad.ipynb", "--to", "md"], in: dir)
        #expect(noCells.status == 2)
        #expect(noCells.stderr == "bad.ipynb: error: the notebook has no 'cells' list\n")
        let missing = try runCLI(["convert", "missing.md", "--to", "ipynb"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("missing.md: error: "))
    }

    @Test func runToIpynbAloneWritesOnlyTheNotebook() throws {
        let dir = try folder(with: ["a.md": "# A\n\n```swift\nprint(\"hi\")\n1 + 1\n```\n"])
        let r = try runCLI(["run", "-q", "--engine", "typed", "--to", "ipynb", "a.md"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "wrote output/a.ipynb\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("output").path) == ["a.ipynb"])
        let data = try Data(contentsOf: dir.appendingPathComponent("output/a.ipynb"))
        let notebook = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let code = JupyterNotebookTests.cells(notebook).filter { $0["cell_type"] as? String == "code" }
        #expect(code.count == 1)
        #expect(code.first?["execution_count"] as? Int == 1)
        let outputs = code.first?["outputs"] as? [[String: Any]] ?? []
        #expect(outputs.map { $0["output_type"] as? String ?? "" } == ["stream", "execute_result"])
        #expect((outputs.first?["text"] as? [String])?.joined() == "hi\n")
    }
}
