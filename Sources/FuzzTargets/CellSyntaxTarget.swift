import CellSyntax

extension FuzzTarget {
    /// The new cell language's lexer and parser (`CellSyntax.Parser.parse`), with every
    /// diagnostic's position checked to lie inside the source (a caret past the last line would
    /// point at nothing in the report).
    static func cellSyntax(_ bytes: [UInt8]) {
        let source = String(decoding: bytes, as: UTF8.self)
        let parsed = Parser.parse(source)
        let lines = source.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        for error in parsed.errors {
            let start = error.span.start
            precondition(start.line >= 1 && start.line <= lines && start.column >= 1, "\(error) outside the \(lines)-line source")
        }
    }
}
