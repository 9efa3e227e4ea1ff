// Lessons as Jupyter notebooks (nbformat 4.5) and back: `notebook convert FILE.md --to ipynb`,
// `notebook convert FILE.ipynb --to md`, `notebook run FILE.ipynb` and `notebook run --to ipynb`
// (the executed notebook, outputs and execution counts included).
//
// - Prose between cells becomes markdown cells, each `swift` cell a code cell whose source keeps
//   its `//|` option lines (so the kernel and the way back see them); the options are also copied
//   into the cell's metadata (`metadata.notebook.options`), `parameters: true` into papermill's
//   `parameters` tag and `error: true` into nbclient's `raises-exception` tag.
// - Back to Markdown, a code cell tagged `parameters` gets `//| parameters: true` if it lacks it,
//   so papermill's parameters cell is ours. Outputs are dropped.
// - A lesson whose blocks are separated by one blank line comes back byte for byte.

import Foundation
import NotebookDocument
import Reporting

/// nbformat 4 documents as JSON objects.
public enum JupyterNotebook {
    /// Why a notebook file could not be read.
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    static var kernelspec: [String: Any] { ["name": "notebook-swift", "display_name": "Swift (notebook)", "language": "swift"] }
    static var languageInfo: [String: Any] {
        [
            "name": "swift", "file_extension": ".swift", "mimetype": "text/x-swift", "codemirror_mode": "swift",
            "pygments_lexer": "swift",
        ]
    }

    // MARK: Markdown → ipynb

    /// The notebook of a lesson's Markdown text, without outputs.
    public static func notebook(markdown: String, path: String) -> [String: Any] {
        document(cells: cells(markdown: markdown, path: path).map { $0.json(outputs: nil, executionCount: nil) })
    }

    /// The executed notebook of a run: each code cell with its outputs and execution count.
    public static func notebook(markdown: String, run: NotebookRun) -> [String: Any] {
        var runs = run.cells.makeIterator()
        let cells = cells(markdown: markdown, path: run.notebook.path).map { cell -> [String: Any] in
            guard cell.kind == .code, let cellRun = runs.next() else { return cell.json(outputs: nil, executionCount: nil) }
            // The source as it ran (with `-p` values injected into the parameters cell).
            var ran = cell
            ran.source = cellRun.cell.source
            return ran.json(outputs: outputs(of: cellRun), executionCount: cellRun.executionCount)
        }
        return document(cells: cells)
    }

    /// One cell as the conversion sees it.
    struct Piece {
        enum Kind { case markdown, code }
        var kind: Kind
        var source: String
        var info: String = "swift"
        var fence: String = "```"
        var options: [(String, String)] = []

        func json(outputs: [[String: Any]]?, executionCount: Int?) -> [String: Any] {
            var metadata: [String: Any] = [:]
            if kind == .code {
                var ours: [String: Any] = [:]
                if !options.isEmpty { ours["options"] = Dictionary(options, uniquingKeysWith: { _, last in last }) }
                if info != "swift" { ours["info"] = info }
                if fence != "```" { ours["fence"] = fence }
                if !ours.isEmpty { metadata["notebook"] = ours }
                var tags: [String] = []
                if options.contains(where: { $0 == ("parameters", "true") }) { tags.append("parameters") }
                if options.contains(where: { $0 == ("error", "true") }) { tags.append("raises-exception") }
                if !tags.isEmpty { metadata["tags"] = tags }
            }
            var cell: [String: Any] = [
                "cell_type": kind == .code ? "code" : "markdown", "id": JupyterNotebook.cellID(source), "metadata": metadata,
                "source": JupyterNotebook.lines(source),
            ]
            if kind == .code {
                cell["outputs"] = outputs ?? []
                cell["execution_count"] = executionCount.map { $0 as Any } ?? NSNull()
            }
            return cell
        }
    }

    /// The lesson split into markdown and code cells at its `swift` fences.
    static func cells(markdown: String, path: String) -> [Piece] {
        let notebook = CommonMarkReader.parse(markdown, path: path)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var pieces: [Piece] = []
        var next = 0  // 0-based index of the first line not yet converted
        func prose(upTo end: Int) {
            guard next < end else { return }
            var chunk = Array(lines[next..<end])
            while let first = chunk.first, first.allSatisfy(\.isWhitespace) { chunk.removeFirst() }
            while let last = chunk.last, last.allSatisfy(\.isWhitespace) { chunk.removeLast() }
            if !chunk.isEmpty { pieces.append(Piece(kind: .markdown, source: chunk.joined(separator: "\n"))) }
        }
        for cell in notebook.cells {
            let fenceIndex = cell.fenceLine - 1
            guard fenceIndex >= next, fenceIndex < lines.count else { continue }
            prose(upTo: fenceIndex)
            let opening = lines[fenceIndex].drop(while: { $0 == " " })
            let fence = String(opening.prefix(while: { $0 == opening.first }))
            // The closing fence: the first line after the source that is a fence at least as long.
            let sourceLines = cell.source.isEmpty ? 0 : cell.source.split(separator: "\n", omittingEmptySubsequences: false).count
            var close = cell.firstSourceLine - 1 + sourceLines
            while close < lines.count, !lines[close].trimmingCharacters(in: .whitespaces).hasPrefix(fence) { close += 1 }
            var piece = Piece(kind: .code, source: cell.source, info: cell.infoString, fence: fence)
            piece.options = optionPairs(cell.source)
            pieces.append(piece)
            next = min(close + 1, lines.count)
        }
        prose(upTo: lines.count)
        return pieces
    }

    /// The `//| key: value` lines leading a cell, in order.
    static func optionPairs(_ source: String) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            guard CellOptions.isOptionLine(line) else { break }
            let body = line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst(3)
            guard let colon = body.firstIndex(of: ":") else { continue }
            pairs.append(
                (
                    body[..<colon].trimmingCharacters(in: .whitespaces),
                    body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                ))
        }
        return pairs
    }

    static func document(cells: [[String: Any]]) -> [String: Any] {
        // Ids must be unique within a notebook: a repeated text gets its position appended.
        var seen: Set<String> = []
        let cells = cells.enumerated().map { i, cell -> [String: Any] in
            var cell = cell
            var id = cell["id"] as? String ?? "cell"
            if !seen.insert(id).inserted {
                id += "-\(i)"
                seen.insert(id)
            }
            cell["id"] = id
            return cell
        }
        return [
            "nbformat": 4, "nbformat_minor": 5, "cells": cells,
            "metadata": ["kernelspec": kernelspec, "language_info": languageInfo],
        ]
    }

    /// A run's outputs as nbformat outputs: printed text as a stdout stream, a value's text as
    /// execute_result, tables, charts and HTML as display_data, errors as an error output.
    static func outputs(of run: CellRun) -> [[String: Any]] {
        var outputs: [[String: Any]] = []
        for output in run.outputs {
            switch output {
            case .stream(let text):
                outputs.append(["output_type": "stream", "name": "stdout", "text": lines(text)])
            case .warning(let text):
                outputs.append(["output_type": "stream", "name": "stderr", "text": lines("warning: \(text)\n")])
            case .error(let error):
                outputs.append(
                    ["output_type": "error", "ename": "error", "evalue": error.message, "traceback": [error.location, error.message]])
            case .text:
                let bundle = output.mimeBundle ?? [:]
                outputs.append([
                    "output_type": "execute_result", "execution_count": run.executionCount.map { $0 as Any } ?? NSNull(),
                    "data": bundle.mapValues(lines), "metadata": [String: Any](),
                ])
            case .table, .html, .svg:
                let bundle = output.mimeBundle ?? [:]
                outputs.append(["output_type": "display_data", "data": bundle.mapValues(lines), "metadata": [String: Any]()])
            }
        }
        if !run.diagnostics.isEmpty {
            let first = run.diagnostics[0]
            outputs.append([
                "output_type": "error", "ename": run.diagnostics.count > 1 ? "CompileError" : "error",
                "evalue": "\(first.location): \(first.message)",
                "traceback": run.diagnostics.map(\.description),
            ])
        }
        return outputs
    }

    // MARK: ipynb → Markdown

    /// Our Markdown for an nbformat 4 notebook (outputs dropped).
    public static func markdown(fromNotebookData data: Data, path: String) throws -> String {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw FormatError("\(path): error: not a Jupyter notebook (expected a JSON object)")
        }
        guard let format = object["nbformat"] as? Int, format == 4 else {
            throw FormatError("\(path): error: expected nbformat 4, got \(object["nbformat"].map { "\($0)" } ?? "none")")
        }
        guard let cells = object["cells"] as? [[String: Any]] else { throw FormatError("\(path): error: the notebook has no 'cells' list") }
        var blocks: [String] = []
        for (i, cell) in cells.enumerated() {
            let source = try text(cell["source"], path: path, cell: i)
            switch cell["cell_type"] as? String {
            case "markdown":
                blocks.append(source)
            case "code":
                let metadata = cell["metadata"] as? [String: Any] ?? [:]
                let ours = metadata["notebook"] as? [String: Any] ?? [:]
                let info = ours["info"] as? String ?? "swift"
                let fence = ours["fence"] as? String ?? "```"
                var body = source
                let tags = metadata["tags"] as? [String] ?? []
                if tags.contains("parameters"), !optionPairs(source).contains(where: { $0 == ("parameters", "true") }) {
                    body = "//| parameters: true\n" + body
                }
                blocks.append("\(fence)\(info)\n\(body)\(body.isEmpty ? "" : "\n")\(fence)")
            case "raw":
                blocks.append(source)
            default:
                throw FormatError("\(path): error: cell \(i + 1) has an unknown cell_type")
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Reads a .ipynb file as our Markdown (`notebook run FILE.ipynb`).
    public static func markdown(readingNotebookAt path: String) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw FormatError("\(path): error: cannot read: \(error.localizedDescription)")
        }
        return try markdown(fromNotebookData: data, path: path)
    }

    /// Serialises a notebook as nbformat writes it (one-space indent, sorted keys, final newline).
    public static func data(_ notebook: [String: Any]) throws -> Data {
        var data = try JSONSerialization.data(withJSONObject: notebook, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0a)
        return data
    }

    // MARK: Helpers

    /// A cell's `source` (a string or a list of lines) as one string.
    static func text(_ value: Any?, path: String, cell: Int) throws -> String {
        switch value {
        case let s as String: return s
        case let parts as [String]: return parts.joined()
        case nil: return ""
        default: throw FormatError("\(path): error: cell \(cell + 1)'s source is neither a string nor a list of strings")
        }
    }

    /// Text as nbformat's list of lines, each but the last ending in a newline.
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in text {
            current.append(c)
            if c == "\n" {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A stable cell id (nbformat 4.5) from the cell's text: 8 hex digits of FNV-1a, made unique by
    /// the writer when two cells have the same text.
    static func cellID(_ source: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in source.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16).prefix(8).description
    }
}
