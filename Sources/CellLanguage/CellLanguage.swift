// CellLanguage: the syntax of notebook cells (a small Swift-compatible language).
//
// What this module offers, in pipeline order:
//
//   Lexer.tokenize(source)      -> (tokens: [Token], errors: [SyntaxError])   Lexer.swift, Token.swift
//       every lexeme, comments and newlines included, with `utf8Range` byte offsets for highlighting
//   CellParser.parse(source)    -> ParseResult(statements: [Stmt], errors: [SyntaxError])   Parser*.swift
//       the syntax tree (AST.swift); several errors per cell, each located and phrased as what was expected
//   Precedence.group(of: op)    -> PrecedenceGroup   Precedence.swift (the one operator table)
//   SyntaxTreePrinter.print(_:) -> String            S-expressions for tests and debugging
//
// The module knows nothing about values, tensors or running code: that is CellRuntime's job.
