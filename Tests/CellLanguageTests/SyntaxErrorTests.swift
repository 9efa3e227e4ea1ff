import Testing
import CellLanguage

@Suite struct SyntaxErrorTests {
    @Test(arguments: [
        ("let x = (1 + 2", "1:15: expected ')' after expression"),
        ("let x = (1 + 2\nlet y = 3", "1:15: expected ')' after expression"),
        ("f(1, 2", "1:7: expected ')' after arguments"),
        ("f(a b)", "1:5: expected ')' after arguments"),
        ("x[1", "1:4: expected ']' after subscript arguments"),
        ("let z = 1 +", "1:12: expected expression after '+'"),
        ("let z = 1 + )", "1:13: expected expression after '+'"),
        ("xs.reduce(0, +)", "1:14: operators cannot be passed as functions; write a closure such as '{ $0 + $1 }'"),
        ("xs.sorted(by: >)", "1:15: operators cannot be passed as functions; write a closure such as '{ $0 > $1 }'"),
        ("let a =", "1:8: expected expression after '='"),
        ("let", "1:4: expected a name, '_' or a tuple pattern '(a, b)' after 'let'"),
        ("let a", "1:6: expected ': Type' or '= value' after 'let a'"),
        ("[1, 2", "1:6: expected ']' after the array elements"),
        ("[\"a\": 1, \"b\"]", "1:13: expected ':' after the dictionary key"),
        ("if x { ", "1:7: expected '}' to close the 'if' body opened at 1:6"),
        ("if x\n  y()", "1:5: expected '{' to start the 'if' body"),
        ("guard x { }", "1:9: expected 'else' after the 'guard' condition"),
        ("for x xs { }", "1:7: expected 'in' after the 'for' pattern"),
        ("func f(x) { }", "1:9: expected ':' and a type after parameter 'x'"),
        ("func (x: Int) { }", "1:6: expected a function name after 'func'"),
        ("c ? a", "1:6: expected ':' after the true branch of '? :'"),
        ("x.", "1:3: expected a member name or tuple index after '.'"),
        ("let t: = 1", "1:8: expected a type (such as Int, [Double], [String: Int], Int? or (Int, String))"),
        ("let f = { x in ", "1:15: expected '}' to close the closure opened at 1:9"),
        ("}", "1:1: unexpected '}'; expected a statement (no block is open here)"),
        ("print(\"\\()\")", "1:10: expected an expression inside '\\( )'"),
        ("print(\"\\(1 2)\")", "1:12: expected ')' after the interpolated expression"),
        ("let a = - x", "1:9: expected the prefix operator '-' to touch its operand (no space after it)"),
        ("a = b = c", "1:7: expected a newline or ';' between statements, found '='"),
    ])
    func errorsSayWhatWasExpectedAndWhere(source: String, expected: String) {
        #expect(errors(source) == [expected])
    }

    @Test(arguments: [
        ("struct S { var x = 1 }", "1:1: 'struct' declarations are not supported; supported declarations are 'let', 'var', 'func' and 'class'"),
        ("enum E { case a }", "1:1: 'enum' declarations are not supported; supported declarations are 'let', 'var', 'func' and 'class'"),
        ("protocol P { }", "1:1: 'protocol' declarations are not supported; supported declarations are 'let', 'var', 'func' and 'class'"),
        ("extension Int { }", "1:1: 'extension' declarations are not supported; supported declarations are 'let', 'var', 'func' and 'class'"),
        ("switch x { case 1: break }", "1:1: 'switch' is not supported; use 'if' / 'else if' / 'else' instead of 'switch'"),
        ("try f()", "1:1: error handling ('try') is not supported; a failing builtin stops the cell with its error"),
        ("throw E.bad", "1:1: error handling ('throw') is not supported; a failing builtin stops the cell with its error"),
        ("func f() throws { }", "1:10: 'throws' functions are not supported; expected '->' or '{'"),
        ("func f<T>(x: T) { }", "1:7: generic functions are not supported; expected '(' after 'f'"),
        ("class A<T> { }", "1:8: generic classes are not supported; expected ':' or '{'"),
        ("class A: B, P { }", "1:11: protocol conformances are not supported; expected one superclass and '{'"),
        ("a & b", "1:3: operator '&' is not supported; supported operators are + - * / % == != < <= > >= && || ?? ..< ... ?:"),
        ("a << 2", "1:3: operator '<<' is not supported; supported operators are + - * / % == != < <= > >= && || ?? ..< ... ?:"),
        ("a !== b", "1:3: operator '!==' is not supported; supported operators are + - * / % == != < <= > >= && || ?? ..< ... ?:"),
        ("~a", "1:1: prefix operator '~' is not supported; supported prefix operators are - + !"),
        ("a++", "1:2: postfix operator '++' is not supported; expected whitespace on both sides of a binary operator"),
        ("x?.y", "1:2: optional chaining ('?') is not supported; expected 'if let' or '!'"),
        ("let z = x as Int", "1:11: type casts ('as') are not supported; expected a newline or ';' after the expression"),
        ("while let x = y { }", "1:7: 'while let' is not supported; expected a Bool condition"),
        ("let v = if c { 1 } else { 2 }", "1:9: 'if' expressions are not supported; expected an expression (use 'c ? a : b')"),
        ("repeat { } while x", "1:1: 'repeat' loops are not supported; use 'while' or 'for … in'"),
        ("import Foundation", "1:1: 'import' is not supported (every builtin is already available)"),
        ("let r = ..<5", "1:9: one-sided ranges are not supported; expected 'a..<b'"),
        ("for i in xs where i > 0 { }", "1:13: 'where' clauses are not supported; use 'if' inside the loop body"),
        ("class A { static func f() { } }", "1:11: 'static' members are not supported; expected an instance property or method"),
        ("class A { var x: Int { 1 } }", "1:22: computed properties are not supported; expected a stored property ('= value') or a 'func' method"),
        ("class A { deinit { } }", "1:11: 'deinit' declarations are not supported; supported declarations are 'let', 'var', 'func' and 'class'"),
        ("class A { x = 1 }", "1:11: expected 'let', 'var', 'init' or 'func' in the body of class 'A', found 'x'"),
        ("init() { }", "1:1: 'init' is only supported inside a class body"),
        ("func f(x: inout Int) { }", "1:11: 'inout' parameters are not supported; return a new value or use a class"),
        ("let a = 1, b", "1:13: expected ': Type' or '= value' after 'let b'"),
        ("let a = Array<Int>()", "1:14: generic arguments in expressions are not supported; expected '[Int]()' style literals or a builtin"),
    ])
    func unsupportedConstructsAreNamed(source: String, expected: String) {
        #expect(errors(source) == [expected])
    }

    @Test func severalErrorsInOneCell() {
        let source = """
        let x = (1 + 2
        let y = 3 +
        func f( { }
        let ok = 1
        let z = [1, 2
        """
        let result = CellParser.parse(source)
        #expect(result.errors.map(\.description) == [
            "1:15: expected ')' after expression",
            "2:12: expected expression after '+'",
            "3:9: expected a parameter name or ')' in the parameters of 'f'",
            "5:14: expected ']' after the array elements",
        ])
        // Recovery keeps the good statement between the bad ones.
        #expect(SyntaxTreePrinter.print(result.statements) == "(let ok 1)")
    }

    @Test func recoveryInsideBlocks() {
        let source = """
        func f() {
          let a =
          let b = 2)
          return b
        }
        class A {
          var x =
          func g() { }
          struct B { }
        }
        let c = 1
        """
        let result = CellParser.parse(source)
        #expect(result.errors.map(\.description) == [
            "2:10: expected expression after '='",
            "3:12: expected a newline or ';' between statements, found ')'",
            "7:10: expected expression after '='",
            "9:3: 'struct' declarations are not supported; supported declarations are 'let', 'var', 'func' and 'class'",
        ])
        #expect(SyntaxTreePrinter.print(result.statements) == "(func f () {(let b 2) (return b)}) (class A (func g () {})) (let c 1)")
    }

    @Test func lexerAndParserErrorsComeInSourceOrder() {
        #expect(errors("let a = 1 +\nlet b = 99999999999999999999") == [
            "1:12: expected expression after '+'",
            "2:9: integer literal '99999999999999999999' overflows Int; expected a value up to 9223372036854775807",
        ])
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        let result = CellParser.parse(deep)
        #expect(result.errors.first?.message == "expressions or blocks are nested too deeply; expected at most 256 levels")
        let blocks = String(repeating: "if a {", count: 3000) + String(repeating: "}", count: 3000)
        #expect(!CellParser.parse(blocks).errors.isEmpty)
        let closures = String(repeating: "{", count: 3000)
        #expect(!CellParser.parse(closures).errors.isEmpty)
        // Long operator and member chains deepen the tree too.
        #expect(!CellParser.parse("let s = " + Array(repeating: "1", count: 5000).joined(separator: " + ")).errors.isEmpty)
        #expect(!CellParser.parse("x" + String(repeating: ".f()", count: 5000)).errors.isEmpty)
        #expect(!CellParser.parse("let " + String(repeating: "(", count: 5000) + "a" + String(repeating: ")", count: 5000) + " = t").errors.isEmpty)
        #expect(!CellParser.parse("if a { }" + String(repeating: " else if a { }", count: 5000)).errors.isEmpty)
        // Realistic sizes are fine.
        #expect(CellParser.parse("let s = " + Array(repeating: "1", count: 100).joined(separator: " + ")).errors.isEmpty)
        #expect(CellParser.parse("let a = [" + Array(repeating: "1", count: 50_000).joined(separator: ", ") + "]").errors.isEmpty)
    }
}

@Suite struct HostileInputTests {
    @Test func deeplyNestedInterpolationIsAnError() {
        let source = String(repeating: "\"\\(", count: 40) + "1" + String(repeating: ")\"", count: 40)
        let result = CellParser.parse(source)
        #expect(result.errors.contains { $0.message == "string interpolations are nested too deeply; expected at most 16 levels" })
    }

    @Test func captureListsAreNamed() {
        #expect(errors("let c = { [weak self] in self }") ==
                ["1:11: closure capture lists ('[weak self]') are not supported; expected parameters or the closure body"])
        #expect(sexp("let c = { [1, 2] }") == "(let c (closure () (array 1 2)))")
    }
}
