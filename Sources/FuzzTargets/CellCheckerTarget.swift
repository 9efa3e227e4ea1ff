import CellCore

extension FuzzTarget {
    /// The new cell language's type checker (`CellCore.Session.check`, which parses and checks a
    /// cell and never runs it), in a fresh session per input so that a finding replays alone; every
    /// diagnostic's position is checked to lie inside the source.
    static func cellChecker(_ bytes: [UInt8]) {
        let source = String(decoding: bytes, as: UTF8.self)
        let diagnostics = Session().check(source: source)
        let lines = source.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        for d in diagnostics {
            let p = d.position
            precondition(p.line >= 1 && p.line <= lines && p.column >= 1, "\(d) outside the \(lines)-line source")
        }
    }
}
