// A value-type cursor over a cell's source, tracking line and column.

/// Walks a source text one `Character` at a time. Columns count Characters (1-based).
struct SourceCursor {
    let characters: [Character]
    private(set) var index = 0
    private(set) var line = 1
    private(set) var column = 1

    init(_ source: String) { characters = Array(source) }

    var isAtEnd: Bool { index >= characters.count }
    var position: SourcePosition { SourcePosition(line: line, column: column) }

    /// The character `ahead` places after the current one, or nil past the end.
    func peek(_ ahead: Int = 0) -> Character? {
        let i = index + ahead
        return i >= 0 && i < characters.count ? characters[i] : nil
    }

    /// The character just before the current one, or nil at the start.
    var previous: Character? { index > 0 && index - 1 < characters.count ? characters[index - 1] : nil }

    /// Whether the upcoming characters spell `text`.
    func starts(with text: String) -> Bool {
        var i = index
        for c in text {
            guard i < characters.count, characters[i] == c else { return false }
            i += 1
        }
        return true
    }

    /// Consumes and returns one character (nil at the end).
    @discardableResult
    mutating func advance() -> Character? {
        guard index < characters.count else { return nil }
        let c = characters[index]
        index += 1
        if c.isNewline {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return c
    }

    /// Consumes `count` characters.
    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    /// Consumes the next character when it equals `c`.
    mutating func match(_ c: Character) -> Bool {
        guard peek() == c else { return false }
        advance()
        return true
    }

    /// The source text between two character indices.
    func text(from start: Int, to end: Int) -> String {
        let lo = max(0, min(start, characters.count))
        let hi = max(lo, min(end, characters.count))
        return String(characters[lo..<hi])
    }
}
