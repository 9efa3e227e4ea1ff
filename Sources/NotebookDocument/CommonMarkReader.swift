import CCmark
import Foundation

/// Reads a Markdown lesson into a `Notebook` with libcmark (CommonMark 0.30).
///
/// This is the only file that imports CCmark: it converts cmark's tree into Swift values and frees
/// every cmark object before returning. Raw HTML in prose is not passed through (cmark's default,
/// safe rendering replaces it with a comment).
///
/// A cell is a top-level fenced code block whose info string's first word is `swift`; every other
/// block (including code blocks in other languages, or nested in lists and quotes) is prose.
public enum CommonMarkReader {
    /// Reads and parses the file at `path`.
    /// - Throws: `DocumentError` when the file cannot be read or is not UTF-8.
    public static func read(path: String) throws(DocumentError) -> Notebook {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .unreadable(path: path, reason: "it is a folder; expected a Markdown file")
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            guard FileManager.default.fileExists(atPath: path) else {
                if let found = lessonFolderCandidate(for: path) {
                    throw .unreadable(path: path, reason: "no such file here, but \(found) exists: did you mean \(found)?")
                }
                throw .unreadable(path: path, reason: "no such file")
            }
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: path) }
        return parse(text, path: path)
    }

    /// Where lessons live by convention; a bare file name that is missing is looked up there.
    public static let lessonFolder = "Notebooks"

    /// For a bare name like `lesson5.md` (or `lesson5`) that is missing, the path of the file of that
    /// name under `Notebooks/` (or one folder below it), relative to the current folder, if there is one.
    static func lessonFolderCandidate(for path: String) -> String? {
        guard !path.contains("/"), !path.isEmpty else { return nil }
        let names = path.hasSuffix(".md") ? [path] : [path + ".md", path]
        let manager = FileManager.default
        var folders = [lessonFolder]
        if let children = try? manager.contentsOfDirectory(atPath: lessonFolder) {
            folders += children.sorted().map { "\(lessonFolder)/\($0)" }
        }
        for folder in folders {
            for name in names {
                var isFolder: ObjCBool = false
                let candidate = "\(folder)/\(name)"
                if manager.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue { return candidate }
            }
        }
        return nil
    }

    /// Parses Markdown text; `path` is used for titles and locations only.
    public static func parse(_ text: String, path: String) -> Notebook {
        // Swift treats "\r\n" as one Character, so normalise line endings before splitting.
        let markdown = text.replacingOccurrences(of: "\r\n", with: "\n")
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else {
            return Notebook(path: path, title: defaultTitle(path), blocks: [])
        }
        defer { cmark_node_free(document) }

        var blocks: [Block] = []
        var warnings: [DocumentDiagnostic] = []
        var pendingProse: [String] = []
        var pendingProseLine = 0
        var title: String?
        var cellCount = 0

        func flushProse() {
            if !pendingProse.isEmpty {
                blocks.append(.prose(Prose(html: pendingProse.joined(), startLine: pendingProseLine)))
                pendingProse = []
            }
        }

        var node = cmark_node_first_child(document)
        while let current = node {
            defer { node = cmark_node_next(current) }
            let startLine = Int(cmark_node_get_start_line(current))
            warnings += fencesThatDoNotRun(in: current, lines: lines, path: path)
            switch cmark_node_get_type(current) {
            case CMARK_NODE_HEADING:
                flushProse()
                let level = Int(cmark_node_get_heading_level(current))
                let text = plainText(current)
                if level == 1, title == nil { title = text }
                blocks.append(
                    .heading(
                        Heading(
                            level: level, text: text, html: innerHTML(current, options: options),
                            startLine: startLine)))
            case CMARK_NODE_CODE_BLOCK where isSwiftCell(current, lines: lines):
                flushProse()
                let info = string(cmark_node_get_fence_info(current)) ?? ""
                var source = string(cmark_node_get_literal(current)) ?? ""
                if source.hasSuffix("\n") { source.removeLast() }
                let endLine = Int(cmark_node_get_end_line(current))
                let location = SourceLocation(path: path, line: startLine, column: 1)
                if !isClosed(fenceLine: startLine, endLine: endLine, lines: lines) {
                    warnings.append(
                        DocumentDiagnostic(
                            location: location,
                            message:
                                "the code block opened here is not closed; it runs to the end of the file"))
                }
                let (cellOptions, optionErrors) = parseOptions(source, firstLine: startLine + 1, path: path)
                blocks.append(
                    .cell(
                        Cell(
                            index: cellCount, source: source, firstSourceLine: startLine + 1,
                            fenceLine: startLine, infoString: info, options: cellOptions,
                            optionErrors: optionErrors)))
                cellCount += 1
            default:
                if pendingProse.isEmpty { pendingProseLine = startLine }
                pendingProse.append(html(current, options: options))
            }
        }
        flushProse()
        return Notebook(path: path, title: title ?? defaultTitle(path), blocks: blocks, warnings: warnings)
    }

    // MARK: - Cells

    /// Fenced blocks that look like cells but are not, each with a warning at its fence: a fence
    /// whose language is `swift` in other letter cases (```` ```Swift ````), and a `swift` fence
    /// nested in a list item or a block quote. Neither runs, as in Quarto and Jupytext (see
    /// docs/authoring.md, "Fences that do not run"); both are easy to write by accident, so both warn.
    static func fencesThatDoNotRun(
        in node: OpaquePointer, lines: [Substring], path: String
    ) -> [DocumentDiagnostic] {
        var found: [DocumentDiagnostic] = []
        guard let iterator = cmark_iter_new(node) else { return found }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator),
                cmark_node_get_type(current) == CMARK_NODE_CODE_BLOCK
            else { continue }
            // Only fences (``` or ~~~ where cmark says the block starts), not indented code blocks.
            let line = Int(cmark_node_get_start_line(current))
            let column = Int(cmark_node_get_start_column(current))
            guard line >= 1, line <= lines.count, column >= 1 else { continue }
            let opening = lines[line - 1].dropFirst(column - 1).drop(while: { $0 == " " || $0 == ">" })
            let isFenced = opening.hasPrefix("```") || opening.hasPrefix("~~~")
            found += swiftFenceLinesInside(current, isFenced: isFenced, openedAt: line, path: path)
            guard isFenced, let fenceChar = opening.first else { continue }
            let fence = String(opening.prefix(while: { $0 == fenceChar }))
            let info = string(cmark_node_get_fence_info(current)) ?? ""
            let word = String(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
            let language = word.hasPrefix("{") && word.hasSuffix("}") ? String(word.dropFirst().dropLast()) : word
            guard language.lowercased() == "swift" else { continue }
            let nested = current != node
            let location = SourceLocation(path: path, line: line, column: max(column, 1))
            if nested {
                let container = enclosingContainer(of: current)
                found.append(
                    DocumentDiagnostic(
                        location: location,
                        message:
                            "this \(fence)\(word) block is inside \(container), so it is shown as prose and does not run; "
                            + "only top-level fences are cells (as in Quarto and Jupytext): move it out of the "
                            + (container == "a block quote" ? "quote (remove the '> ')" : "list (remove the indentation)")
                            + " to run it"))
            } else if language != "swift" {
                found.append(
                    DocumentDiagnostic(
                        location: location,
                        message:
                            "\(fence)\(word) is not a cell and does not run: the language must be written 'swift' in lower case "
                            + "(as in Quarto and Jupytext); write \(fence)swift to run it"))
            }
        }
        return found
    }

    /// A line like ```` ```swift ```` inside another code block: usually a closing fence that was
    /// forgotten or quoted (`> `), so the block runs on and swallows the cells after it.
    private static func swiftFenceLinesInside(
        _ block: OpaquePointer, isFenced: Bool, openedAt line: Int, path: String
    ) -> [DocumentDiagnostic] {
        let literal = string(cmark_node_get_literal(block)) ?? ""
        var found: [DocumentDiagnostic] = []
        for (offset, text) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = text.prefix(while: { $0 == " " }).count
            let rest = text.dropFirst(indent)
            guard let fenceChar = rest.first, fenceChar == "`" || fenceChar == "~" else { continue }
            let fence = rest.prefix(while: { $0 == fenceChar })
            let word = rest.dropFirst(fence.count).drop(while: { $0 == " " }).prefix(while: { !$0.isWhitespace })
            guard fence.count >= 3, word.lowercased() == "swift" || word.lowercased() == "{swift}" else { continue }
            found.append(
                DocumentDiagnostic(
                    location: SourceLocation(path: path, line: line + offset + (isFenced ? 1 : 0), column: indent + 1),
                    message:
                        "this \(fence)\(word) line is inside the code block opened at line \(line), so it does not start a cell; "
                        + "is that block's closing fence missing, or quoted with '> '?"))
        }
        return found
    }

    private static func enclosingContainer(of node: OpaquePointer) -> String {
        var parent = cmark_node_parent(node)
        while let current = parent {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_BLOCK_QUOTE: return "a block quote"
            case CMARK_NODE_ITEM, CMARK_NODE_LIST: return "a list item"
            default: parent = cmark_node_parent(current)
            }
        }
        return "another block"
    }

    private static func isSwiftCell(_ node: OpaquePointer, lines: [Substring]) -> Bool {
        // Indented code blocks are prose: only a fence (``` or ~~~ after at most 3 spaces) makes a cell.
        let line = Int(cmark_node_get_start_line(node))
        guard line >= 1, line <= lines.count else { return false }
        let opening = lines[line - 1].drop(while: { $0 == " " })
        guard opening.hasPrefix("```") || opening.hasPrefix("~~~") else { return false }
        let info = string(cmark_node_get_fence_info(node)) ?? ""
        let firstWord = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
        return firstWord == "swift" || firstWord == "{swift}"
    }

    /// A fenced block is closed when its last line is a closing fence. cmark lets an unclosed fence
    /// run to the end of the document.
    private static func isClosed(fenceLine: Int, endLine: Int, lines: [Substring]) -> Bool {
        guard endLine > fenceLine, endLine - 1 < lines.count else { return false }
        let opening = lines[fenceLine - 1].drop(while: { $0 == " " })
        guard let fenceChar = opening.first else { return false }
        let fenceLength = opening.prefix(while: { $0 == fenceChar }).count
        let last = lines[endLine - 1].drop(while: { $0 == " " })
        let closingLength = last.prefix(while: { $0 == fenceChar }).count
        return closingLength >= fenceLength && last.dropFirst(closingLength).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Parses the leading `//| key: value` lines.
    static func parseOptions(_ source: String, firstLine: Int, path: String) -> (CellOptions, [DocumentDiagnostic]) {
        var options = CellOptions()
        var errors: [DocumentDiagnostic] = []
        for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard CellOptions.isOptionLine(line) else { break }
            let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
            let body = line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst(3)
            let location = SourceLocation(path: path, line: firstLine + offset, column: indent + 4)
            guard let colon = body.firstIndex(of: ":") else {
                errors.append(DocumentDiagnostic(location: location, message: "expected 'key: value' after '//|'"))
                continue
            }
            let key = body[..<colon].trimmingCharacters(in: .whitespaces)
            var value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            do { try options.set(key, value) } catch {
                errors.append(DocumentDiagnostic(location: location, message: error.message))
            }
        }
        return (options, errors)
    }

    // MARK: - Rendering helpers

    private static func html(_ node: OpaquePointer, options: Int32) -> String {
        guard let raw = cmark_render_html(node, options) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// The heading's inline HTML without its `<hN>` … `</hN>` wrapper.
    private static func innerHTML(_ heading: OpaquePointer, options: Int32) -> String {
        var result = html(heading, options: options).trimmingCharacters(in: .whitespacesAndNewlines)
        if let open = result.firstIndex(of: ">") { result = String(result[result.index(after: open)...]) }
        if let close = result.range(of: "</h", options: .backwards) { result = String(result[..<close.lowerBound]) }
        return result
    }

    /// Concatenated literal text of a node's inline descendants.
    private static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(current)) ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// Empty C strings become nil at the boundary.
    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer, pointer.pointee != 0 else { return nil }
        return String(cString: pointer)
    }

    private static func defaultTitle(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty ? "notebook" : name
    }
}
