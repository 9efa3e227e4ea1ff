// A parsed lesson: prose, headings and cells in document order. Parsed facts are immutable; the
// runner keeps run state (status, outputs, time) beside them.

/// A Markdown lesson read by `CommonMarkReader`.
public struct Notebook: Sendable {
    /// The path the notebook was read from, as given (used in `path:line:col` messages).
    public var path: String
    /// The text of the first level-1 heading, or the file name without extension.
    public var title: String
    public var blocks: [Block]
    /// Problems found while reading that do not stop the run (e.g. an unclosed code fence).
    public var warnings: [DocumentDiagnostic]

    public init(path: String, title: String, blocks: [Block], warnings: [DocumentDiagnostic] = []) {
        self.path = path; self.title = title; self.blocks = blocks; self.warnings = warnings
    }

    /// The cells in order.
    public var cells: [Cell] {
        blocks.compactMap { if case let .cell(cell) = $0 { return cell } else { return nil } }
    }
}

/// One top-level piece of the document.
public enum Block: Sendable {
    /// Consecutive CommonMark blocks other than headings and cells, rendered to HTML by libcmark
    /// (raw HTML is not passed through).
    case prose(Prose)
    case heading(Heading)
    case cell(Cell)

    /// The 1-based line where the block starts (a cell's opening fence).
    public var startLine: Int {
        switch self {
        case let .prose(prose): return prose.startLine
        case let .heading(heading): return heading.startLine
        case let .cell(cell): return cell.fenceLine
        }
    }
}

public struct Prose: Sendable, Equatable {
    public var html: String
    public var startLine: Int
    public init(html: String, startLine: Int) { self.html = html; self.startLine = startLine }
}

/// An ATX or setext heading.
public struct Heading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// The heading's text without markup, for anchors and the table of contents.
    public var text: String
    /// The heading's inline content rendered to HTML (no enclosing `<hN>`).
    public var html: String
    public var startLine: Int
    public init(level: Int, text: String, html: String, startLine: Int) {
        self.level = level; self.text = text; self.html = html; self.startLine = startLine
    }
}
