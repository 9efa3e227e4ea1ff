import CellLanguage

/// The S-expression of a cell that must parse without errors (errors are shown instead).
func sexp(_ source: String) -> String {
    let result = CellParser.parse(source)
    if !result.errors.isEmpty {
        return "ERRORS: " + result.errors.map(\.description).joined(separator: " | ")
    }
    return SyntaxTreePrinter.print(result.statements)
}

/// The errors of a cell as `line:col: message`.
func errors(_ source: String) -> [String] {
    CellParser.parse(source).errors.map(\.description)
}
