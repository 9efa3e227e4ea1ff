import NotebookDocument

/// An error in a notebook, located in the notebook file itself (not in the cell).
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public var notes: [String]
    /// The offending source line followed by a caret line under the column, when known.
    public var excerpt: String?

    public init(location: SourceLocation, message: String, notes: [String] = [], excerpt: String? = nil) {
        self.location = location; self.message = message; self.notes = notes; self.excerpt = excerpt
    }

    /// `path:line:col: error: message`, the source line with a caret under the column, then the
    /// notes, as clang and swiftc print them.
    public var description: String {
        var lines = ["\(location): error: \(message)"]
        if let excerpt { lines.append(excerpt) }
        lines += notes.map { "\(location): note: \($0)" }
        return lines.joined(separator: "\n")
    }

    /// The notebook's line `line` (which must lie in `cell`) with a caret under `column`.
    static func excerpt(of cell: Cell, line: Int, column: Int) -> String? {
        let sourceLines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
        let index = line - cell.firstSourceLine
        guard index >= 0, index < sourceLines.count else { return nil }
        let text = sourceLines[index]
        let prefix = text.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return "\(text)\n\(prefix)^"
    }
}
