// Helpers shared by the CellSyntax tests: parse a cell and render it as S-expressions.

import CellSyntax

/// The S-expression of `source`'s statements (one line per statement), or the errors when the
/// cell has any (`line:column: error: message`, one per line).
func sexp(_ source: String) -> String {
    let cell = Parser.parse(source)
    if !cell.errors.isEmpty { return cell.errors.map(\.description).joined(separator: "\n") }
    return SyntaxPrinter.print(cell.statements)
}

/// The errors of `source`, one `line:column: error: message` per line.
func errors(_ source: String) -> [String] {
    Parser.parse(source).errors.map(\.description)
}

/// The single expression statement of `source`.
func expression(_ source: String) -> Expr? {
    let cell = Parser.parse(source)
    guard cell.errors.isEmpty, cell.statements.count == 1, case .expression(let e) = cell.statements[0].kind else {
        return nil
    }
    return e
}
