// CellSyntax: what the module offers, in one place.
//
//     let cell = Parser.parse(source)                 // ParsedCell: statements + every syntax error
//     let cell = Parser.parse(source, operators: t)   // with the operators of earlier cells
//     let t2 = t.declaring(cell.statements)           // a session keeps the extended table
//     SyntaxPrinter.print(cell.statements)            // S-expressions, for tests and debugging
//     Lexer.tokenize(source)                          // tokens, for highlighting
//
// Files: Token.swift (what a token is), Lexer.swift (Swift's lexical rules: operator
// whitespace, numbers, strings with interpolation, multi-line and raw strings, comments),
// Precedence.swift (the one table of operators and precedence groups), AST.swift (every node
// kind), Parser.swift (entry, token cursor, errors, recovery) and one file per grammar family:
// Parser+Expressions, +Statements, +Declarations, +Patterns, +Types. SyntaxPrinter.swift
// renders trees.
//
// Rules taken from swiftc (Swift 6.3.1 is the oracle, `swiftc -dump-parse` shows its tree):
// - An operator's fixity comes from whitespace: bound on both sides or neither is infix
//   (`a-b`, `a - b`), bound on the right only is prefix (`-b`), on the left only postfix
//   (`x!`, `a...`); a postfix `?`/`!` is a token of its own (`x?.y`, `x!!`).
// - Newlines end statements unless the next line starts with `.member` or an infix operator;
//   two statements on one line need `;`.
// - `<` after a name opens generic arguments only if they parse, close with `>`, and are
//   followed by one of `( ) [ ] { } , ; : .`, postfix `?`/`!`, `==`, `&`, a new line or the end.
// - `{` after a postfix expression (not a literal) is a trailing closure, also on the next
//   line, except in the condition of `if`/`while`/`guard`, the sequence of `for` and the
//   subject of `switch`, where it starts the body — unless the closure is followed by `{`,
//   `where` or `,` (swiftc's recovery rule: `for x in xs.filter { $0 > 1 } {`).
// - A `case` pattern is read as a pattern where it binds names or names an enum case
//   (`.some(let x)`, `Shape.circle(let r)`) and as an expression otherwise (`1...5`); what the
//   parser cannot decide (is `.foo(x)` a case or a call?) the checker decides.
// - A cell's `infix operator`/`precedencegroup` declarations apply to the whole cell (used
//   above their declaration, as in Swift); operators nobody declared parse with
//   DefaultPrecedence and are left to the checker.
// - Errors are swiftc's words at swiftc's positions for the common mistakes (the cells of
//   Tests/CellSyntaxTests/golden/syntax_errors.txt are checked against swiftc); after an
//   error the parser skips to the next statement, so one cell reports several errors.
