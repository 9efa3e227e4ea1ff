import Testing
import CellLanguage

@Suite struct LiteralTests {
    @Test(arguments: [
        ("42", "42"),
        ("1_000_000", "1000000"),
        ("0x1F", "31"),
        ("0b101", "5"),
        ("0.5", "0.5"),
        ("1e-2", "0.01"),
        ("2.5E3", "2500.0"),
        ("true", "true"),
        ("false", "false"),
        ("nil", "nil"),
        ("self", "self"),
        ("$0", "$0"),
        ("$12", "$12"),
        ("`class`", "class"),
        ("\"hi\"", "\"hi\""),
        ("\"\"", "\"\""),
    ])
    func literal(source: String, expected: String) {
        #expect(sexp(source) == expected)
    }

    @Test func stringEscapes() {
        #expect(sexp(#""a\n\t\"\\\u{41}\u{1F600}\0""#) == #""a\n\t\"\\A😀\#u{0}""#)
    }

    @Test func stringInterpolation() {
        #expect(sexp(#""x = \(x), y = \(f(y, 2))!""#) == #"(string "x = " x ", y = " (call f y 2) "!")"#)
        #expect(sexp(#""\(a)\(b)""#) == "(string a b)")
    }

    @Test func interpolationWithNestedStringsAndParens() {
        #expect(sexp(#""\(a + "(\(b))") end""#) == #"(string (+ a (string "(" b ")")) " end")"#)
        #expect(sexp(#""\((1 + (2)) * 3)""#) == "(string (* (+ 1 2) 3))")
        #expect(sexp(#""\(d["k"]!)""#) == #"(string (! (sub d "k")))"#)
    }

    @Test func multilineString() {
        let source = "let m = \"\"\"\n    hello\n      world \\(x)\n    \"\"\""
        #expect(sexp(source) == #"(let m (string "hello\n  world " x))"#)
        #expect(sexp("\"\"\"\n  a\\\n  b\n  \"\"\"") == #""ab""#)
    }

    @Test func collections() {
        #expect(sexp("[]") == "(array)")
        #expect(sexp("[:]") == "(dict)")
        #expect(sexp("[1, 2, 3]") == "(array 1 2 3)")
        #expect(sexp("[1, 2,\n 3,]") == "(array 1 2 3)")
        #expect(sexp(#"["a": 1, "b": 2]"#) == #"(dict ("a" 1) ("b" 2))"#)
        #expect(sexp("[[1], [2, 3]]") == "(array (array 1) (array 2 3))")
        #expect(sexp("[Int]()") == "(call (array Int))")
    }

    @Test func tuplesAndGrouping() {
        #expect(sexp("()") == "(tuple)")
        #expect(sexp("(1)") == "1")
        #expect(sexp("((1 + 2))") == "(+ 1 2)")
        #expect(sexp("(1, \"a\")") == #"(tuple 1 "a")"#)
        #expect(sexp("(x: 1, y: 2)") == "(tuple x:1 y:2)")
        #expect(sexp("(1, 2).0") == "(. (tuple 1 2) 0)")
        #expect(sexp("t.1.0") == "(. (. t 1) 0)")
    }
}

@Suite struct OperatorTests {
    @Test(arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("1 * 2 + 3", "(+ (* 1 2) 3)"),
        ("a - b - c", "(- (- a b) c)"),
        ("a / b * c % d", "(% (* (/ a b) c) d)"),
        ("a + b..<c * d", "(..< (+ a b) (* c d))"),
        ("0...n - 1", "(... 0 (- n 1))"),
        ("a ?? b ?? c", "(?? a (?? b c))"),
        ("a ?? b == c", "(== (?? a b) c)"),
        ("a..<b ?? c", "(?? (..< a b) c)"),
        ("a < b && c >= d", "(&& (< a b) (>= c d))"),
        ("a == b || c != d && e <= f", "(|| (== a b) (&& (!= c d) (<= e f)))"),
        ("a || b && c || d", "(|| (|| a (&& b c)) d)"),
        ("c ? a : b", "(? c a b)"),
        ("c ? a : d ? e : f", "(? c a (? d e f))"),
        ("x > 0 ? x + 1 : -x", "(? (> x 0) (+ x 1) (- x))"),
        ("a || b ? 1 : 2", "(? (|| a b) 1 2)"),
        ("c ? a ? 1 : 2 : 3", "(? c (? a 1 2) 3)"),
    ])
    func precedenceAndAssociativity(source: String, expected: String) {
        #expect(sexp(source) == expected)
    }

    @Test func everyBinaryOperatorHasAGroupOrderedLikeSwift() {
        let order = [Precedence.multiplicative, Precedence.additive, Precedence.rangeFormation, Precedence.nilCoalescing,
                     Precedence.comparison, Precedence.conjunction, Precedence.disjunction, Precedence.ternary].map(\.level)
        #expect(order == order.sorted(by: >))
        #expect(Precedence.group(of: .nilCoalescing).associativity == .right)
        #expect(Precedence.group(of: .less).associativity == .none)
        #expect(Precedence.group(of: .halfOpenRange).associativity == .none)
        #expect(Precedence.group(of: .subtract).associativity == .left)
    }

    @Test func nonAssociativeOperatorsNeedParentheses() {
        #expect(errors("a < b < c") == ["1:7: adjacent operators are in non-associative precedence group 'ComparisonPrecedence'; expected parentheses around one of them"])
        #expect(errors("a == b != c").count == 1)
        #expect(errors("a..<b..<c").first?.hasPrefix("1:6: adjacent operators are in non-associative precedence group 'RangeFormationPrecedence'") == true)
        #expect(sexp("(a < b) == c") == "(== (< a b) c)")
    }

    @Test func whitespaceDecidesPrefixBinaryAndPostfix() {
        #expect(sexp("a - b") == "(- a b)")
        #expect(sexp("a-b") == "(- a b)")
        #expect(sexp("-b") == "(- b)")
        #expect(sexp("a - -b") == "(- a (- b))")
        #expect(sexp("f(-1, x: -y)") == "(call f (- 1) x:(- y))")
        #expect(sexp("[-1, +2]") == "(array (- 1) (+ 2))")
        #expect(sexp("!done && ok") == "(&& (! done) ok)")
        #expect(sexp("-x.y") == "(- (. x y))")
        #expect(sexp("x!") == "(! x)")
        #expect(sexp("x! + 1") == "(+ (! x) 1)")
        #expect(sexp("x!.count") == "(. (! x) count)")
        #expect(sexp("d[k]![0]") == "(sub (! (sub d k)) 0)")
        #expect(sexp("a != b") == "(!= a b)")
        #expect(sexp("a<b") == "(< a b)")
        #expect(sexp("A<B") == "(< A B)")
        // `a -b` is `a` followed by a prefix expression: two expressions on one line.
        #expect(errors("a -b") == ["1:3: expected a newline or ';' between statements, found '-'"])
    }
}

@Suite struct PostfixTests {
    @Test func callsWithLabels() {
        #expect(sexp("f()") == "(call f)")
        #expect(sexp("f(1, by: 2)") == "(call f 1 by:2)")
        #expect(sexp("f(in: x, for: y)") == "(call f in:x for:y)")
        #expect(sexp("a.b(c).d") == "(. (call (. a b) c) d)")
        #expect(sexp("m(x)(y)") == "(call (call m x) y)")
    }

    @Test func subscripts() {
        #expect(sexp("x[i]") == "(sub x i)")
        #expect(sexp("x[a..<b]") == "(sub x (..< a b))")
        #expect(sexp(#"d["k"]"#) == #"(sub d "k")"#)
        #expect(sexp("m[i, j]") == "(sub m i j)")
        #expect(sexp("x[0][1]") == "(sub (sub x 0) 1)")
    }

    @Test func implicitMembers() {
        #expect(sexp(".adam") == ".adam")
        #expect(sexp("f(opt: .sgd(momentum: 0.9))") == "(call f opt:(call .sgd momentum:0.9))")
        #expect(sexp("x == .none") == "(== x .none)")
        #expect(sexp(".init(x: 1)") == "(call .init x:1)")
    }

    @Test func superAndSelf() {
        #expect(sexp("super.init(n: 1)") == "(call (. super init) n:1)")
        #expect(sexp("self.x") == "(. self x)")
        #expect(sexp("super.forward(x)") == "(call (. super forward) x)")
    }

    @Test func leadingDotContinuesThePreviousLine() {
        #expect(sexp("let l = learner\n  .fit(3)\n  .plot()") == "(let l (call (. (call (. learner fit) 3) plot)))")
        #expect(sexp("xs\n  .map { $0 * 2 }\n  .filter { $0 > 1 }") ==
                "(call (. (call (. xs map) trailing:(closure () (* $0 2))) filter) trailing:(closure () (> $0 1)))")
        // A call or subscript on the next line is a new statement, as in Swift.
        #expect(sexp("f\n(1)") == "f 1")
        #expect(sexp("a\n[1]") == "a (array 1)")
    }

    @Test func binaryOperatorAtEndOrStartOfLineContinues() {
        #expect(sexp("let x = a +\n  b") == "(let x (+ a b))")
        #expect(sexp("let y = c\n  + d") == "(let y (+ c d))")
        #expect(sexp("let z = p &&\n q ||\n r") == "(let z (|| (&& p q) r))")
        // A prefix `-` on a new line starts a new statement.
        #expect(sexp("a\n-b") == "a (- b)")
    }

    @Test func newlinesInsideBracketsAreIgnored() {
        #expect(sexp("f(1,\n  x: 2\n)") == "(call f 1 x:2)")
        #expect(sexp("[\n1\n,\n2\n]") == "(array 1 2)")
        #expect(sexp("(1 +\n 2)") == "(+ 1 2)")
    }
}

@Suite struct ClosureTests {
    @Test func closureForms() {
        #expect(sexp("{ $0 * 2 }") == "(closure () (* $0 2))")
        #expect(sexp("{ a, b in a + b }") == "(closure (a b) (+ a b))")
        #expect(sexp("{ (a: Int, b: Int) -> Int in a + b }") == "(closure (a:Int b:Int) -> Int (+ a b))")
        #expect(sexp("{ (a, _) in a }") == "(closure (a _) a)")
        #expect(sexp("{ _ in 1 }") == "(closure (_) 1)")
        #expect(sexp("{ x -> Int in x }") == "(closure (x) -> Int x)")
        #expect(sexp("{ x }") == "(closure () x)")
        #expect(sexp("{ (x) }") == "(closure () x)")
        #expect(sexp("{ print(1); return 2 }") == "(closure () (call print 1) (return 2))")
        #expect(sexp("{\n  let y = $0\n  return y\n}") == "(closure () (let y $0) (return y))")
    }

    @Test func trailingClosures() {
        #expect(sexp("xs.map { $0 * 2 }") == "(call (. xs map) trailing:(closure () (* $0 2)))")
        #expect(sexp("f(1, label: 2) { x in x }") == "(call f 1 label:2 trailing:(closure (x) x))")
        #expect(sexp("xs.map { $0 }.count") == "(. (call (. xs map) trailing:(closure () $0)) count)")
        #expect(sexp("let c = counter { 1 }") == "(let c (call counter trailing:(closure () 1)))")
    }

    @Test func noTrailingClosureInConditions() {
        #expect(sexp("if x == y { a }") == "(if ((== x y)) {a})")
        #expect(sexp("while running { step() }") == "(while running {(call step)})")
        #expect(sexp("for x in xs { f(x) }") == "(for x xs {(call f x)})")
        #expect(sexp("guard ok else { return }") == "(guard (ok) else {(return)})")
        // Inside parentheses a trailing closure is allowed again.
        #expect(sexp("if xs.contains(where: { $0 > 1 }) { }") == "(if ((call (. xs contains) where:(closure () (> $0 1)))) {})")
        #expect(sexp("if (xs.map { $0 }).isEmpty { }") == "(if ((. (call (. xs map) trailing:(closure () $0)) isEmpty)) {})")
        // And inside the body again.
        #expect(sexp("if c { xs.map { $0 } }") == "(if (c) {(call (. xs map) trailing:(closure () $0))})")
        // As in Swift, `xs.filter { … }` in a for sequence is the loop body.
        #expect(errors("for x in xs.filter { $0 > 1 } { }") == ["1:31: expected a newline or ';' between statements, found '{'"])
    }
}
