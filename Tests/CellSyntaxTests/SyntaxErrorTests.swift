// Syntax errors: swiftc's words at swiftc's positions, recovery, several errors per cell.

import CellSyntax
import Testing

@Suite struct SyntaxErrorTests {
    /// Each cell of golden/syntax_errors.txt reports swiftc's first error first.
    @Test(arguments: syntaxErrorCases.indices)
    func firstErrorIsSwiftcs(_ index: Int) {
        let (source, firstError) = syntaxErrorCases[index]
        #expect(errors(source).first == firstError, "\(source)")
    }

    @Test func recoveryReportsEveryBadStatement() {
        let found = errors("let a = (1\nlet b = 2\nlet c = ]\nprint(a b)\n")
        #expect(
            found == [
                "2:1: error: expected ')' in expression list",
                "3:9: error: expected initial value after '='",
                "4:9: error: expected ',' separator",
            ])
        let cell = Parser.parse("let a = (1\nlet b = 2\nlet c = ]\nprint(a b)\n")
        #expect(SyntaxPrinter.print(cell.statements) == "(let (bind b) = 2)")
    }

    @Test func errorsInsideBlocksRecoverInsideTheBlock() {
        let cell = Parser.parse("func f() {\n  let x = )\n  return 1\n}\nf()")
        #expect(cell.errors.map(\.description) == ["2:11: error: expected initial value after '='"])
        #expect(SyntaxPrinter.print(cell.statements) == "(func f() {(return 1)})\n(call f)")
    }
}
