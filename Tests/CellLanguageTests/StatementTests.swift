import Testing
import CellLanguage

@Suite struct DeclarationTests {
    @Test func variables() {
        #expect(sexp("let x = 1") == "(let x 1)")
        #expect(sexp("var y: Double = 0.5") == "(var y:Double 0.5)")
        #expect(sexp("var q: Int\nq = 1") == "(var q:Int) (= q 1)")
        #expect(sexp("let (a, b) = t") == "(let (a b) t)")
        #expect(sexp("let (a, (b, _)) = t") == "(let (a (b _)) t)")
        #expect(sexp("let _ = f()") == "(let _ (call f))")
        #expect(sexp("var a = 1, b: Int, (c, d) = t") == "(var a 1) (var b:Int) (var (c d) t)")
        #expect(sexp("class A { var u: E, i: E = f() }") == "(class A (var u:E) (var i:E (call f)))")
    }

    @Test(arguments: [
        ("let a: Int = 1", "(let a:Int 1)"),
        ("let a: [Double] = []", "(let a:[Double] (array))"),
        ("let a: [String: Int] = [:]", "(let a:[String: Int] (dict))"),
        ("let a: Int? = nil", "(let a:Int? nil)"),
        ("let a: Int?? = nil", "(let a:Int?? nil)"),
        ("let a: (Int, String) = t", "(let a:(Int, String) t)"),
        ("let a: (Int, String)? = nil", "(let a:(Int, String)? nil)"),
        ("let a: Tensor = t", "(let a:Tensor t)"),
        ("let a: Array<Int> = b", "(let a:Array<Int> b)"),
        ("let a: Dictionary<String, Array<Int>>? = nil", "(let a:Dictionary<String, Array<Int>>? nil)"),
        ("let a: (Tensor) -> Tensor = f", "(let a:(Tensor) -> Tensor f)"),
        ("let a: () -> Void = f", "(let a:() -> Void f)"),
        ("let a: [[Int]]? = nil", "(let a:[[Int]]? nil)"),
    ])
    func typeAnnotations(source: String, expected: String) {
        #expect(sexp(source) == expected)
    }

    @Test func functions() {
        #expect(sexp("func f() { }") == "(func f () {})")
        #expect(sexp("func f(_ a: Int, by b: Int = 2) -> Int { return a * b }") ==
                "(func f (_ a:Int, by b:Int=2) -> Int {(return (* a b))})")
        #expect(sexp("func g(x: Double) -> Double { x * x }") == "(func g (x:Double) -> Double {(* x x)})")
        #expect(sexp("func h(in x: Int, _ y: [Int]) {}") == "(func h (in x:Int, _ y:[Int]) {})")
        #expect(sexp("func k(f: @escaping (Int) -> Int) {}") == "(func k (f:(Int) -> Int) {})")
    }

    @Test func functionParametersKeepLabelsAndNames() throws {
        let result = CellParser.parse("func f(_ a: Int, by b: Int = 2, c: Int) {}")
        let stmt = try #require(result.statements.first)
        guard case let .function(decl) = stmt.kind else { Issue.record("not a function"); return }
        #expect(decl.parameters.map(\.label) == [nil, "by", "c"])
        #expect(decl.parameters.map(\.name) == ["a", "b", "c"])
        #expect(decl.parameters.map { $0.defaultValue != nil } == [false, true, false])
        #expect(decl.span.start == SourcePosition(line: 1, column: 1))
        #expect(decl.span.end == SourcePosition(line: 1, column: 43))
    }

    @Test func classes() {
        let source = """
        class DotProduct: Module {
            var u: Embedding
            let n = 3
            init(users: Int, factors: Int = 50) {
                u = Embedding(users, factors)
                super.init()
            }
            func callAsFunction(_ x: Tensor) -> Tensor { u(x).sum(axis: 1) }
            override func describe() -> String { "dot" }
        }
        """
        #expect(sexp(source) == "(class DotProduct : Module (var u:Embedding) (let n 3) "
            + "(func init (users:Int, factors:Int=50) {(= u (call Embedding users factors)) (call (. super init))}) "
            + "(func callAsFunction (_ x:Tensor) -> Tensor {(call (. (call u x) sum) axis:1)}) "
            + "(func describe () -> String {\"dot\"}))")
    }

    @Test func modifiersAreAcceptedAndIgnored() {
        #expect(sexp("final class A { private var x = 1; public func f() {}; fileprivate(set) var y = 2 }") ==
                "(class A (var x 1) (var y 2) (func f () {}))")
        #expect(sexp("class B: A { override init() { super.init() }\n required init(x: Int) {} }") ==
                "(class B : A (func init () {(call (. super init))}) (func init (x:Int) {}))")
        #expect(sexp("private func f() {}") == "(func f () {})")
        #expect(sexp("@discardableResult func f() -> Int { 1 }") == "(func f () -> Int {1})")
    }
}

@Suite struct ControlFlowTests {
    @Test func ifElseChains() {
        #expect(sexp("if a { x } else if b { y } else { z }") == "(if (a) {x} else {(if (b) {y} else {z})})")
        #expect(sexp("if a {\n x\n}\nelse {\n y\n}") == "(if (a) {x} else {y})")
        #expect(sexp("if let a = b, a > 0, var c = d { }") == "(if ((let a b) (> a 0) (var c d)) {})")
        #expect(sexp("if let x { }") == "(if ((let x x)) {})")
    }

    @Test func guardStatement() {
        #expect(sexp("guard let x = y else { return }") == "(guard ((let x y)) else {(return)})")
        #expect(sexp("guard a > 0, b else { return nil }") == "(guard ((> a 0) b) else {(return nil)})")
    }

    @Test func loops() {
        #expect(sexp("for x in xs { total += x }") == "(for x xs {(+= total x)})")
        #expect(sexp("for (i, x) in xs.enumerated() { }") == "(for (i x) (call (. xs enumerated)) {})")
        #expect(sexp("for _ in 0..<3 { }") == "(for _ (..< 0 3) {})")
        #expect(sexp("while i < 10 { i += 1; if i == 5 { break } else { continue } }") ==
                "(while (< i 10) {(+= i 1) (if ((== i 5)) {(break)} else {(continue)})})")
    }

    @Test func returnValueMustBeOnTheSameLine() {
        #expect(sexp("func f() { return }") == "(func f () {(return)})")
        #expect(sexp("func f() -> Int { return 1 + 2 }") == "(func f () -> Int {(return (+ 1 2))})")
        #expect(sexp("func f() {\n return\n 5\n}") == "(func f () {(return) 5})")
        #expect(sexp("func f() { return; }") == "(func f () {(return)})")
    }

    @Test func assignments() {
        #expect(sexp("x = 1") == "(= x 1)")
        #expect(sexp("x.y = 1") == "(= (. x y) 1)")
        #expect(sexp("a[0] += 2") == "(+= (sub a 0) 2)")
        #expect(sexp("t.0 -= 1") == "(-= (. t 0) 1)")
        #expect(sexp("w *= 0.9; w /= 2") == "(*= w 0.9) (/= w 2)")
        #expect(sexp("self.u = Embedding(n)") == "(= (. self u) (call Embedding n))")
        #expect(sexp("_ = f()") == "(call f)")
        #expect(errors("f() = 3") == ["1:1: expected a variable, property, subscript or tuple element on the left of '='"])
        #expect(errors("x %= 3") == ["1:3: compound assignment '%=' is not supported; supported are = += -= *= /="])
    }

    @Test func statementSeparation() {
        #expect(sexp("a; b\nc") == "a b c")
        #expect(sexp("let a = 1;;; let b = 2;") == "(let a 1) (let b 2)")
        #expect(sexp("") == "")
        #expect(sexp("// only a comment\n\n") == "")
        #expect(errors("let a = 1 let b = 2") == ["1:11: expected a newline or ';' between statements, found 'let'"])
    }

    @Test func eachBindingOfAMultipleDeclarationHasItsOwnSpan() {
        let result = CellParser.parse("let a = 1, bb = 22")
        #expect(result.statements.map(\.span) == [
            SourceSpan(start: .init(line: 1, column: 1), end: .init(line: 1, column: 10)),
            SourceSpan(start: .init(line: 1, column: 12), end: .init(line: 1, column: 19)),
        ])
    }

    @Test func statementSpans() throws {
        let result = CellParser.parse("let a = 1\n  if a > 0 {\n    print(a)\n  }")
        #expect(result.errors.isEmpty)
        #expect(result.statements.map(\.span.start) == [SourcePosition(line: 1, column: 1), SourcePosition(line: 2, column: 3)])
        #expect(result.statements.map(\.span.end) == [SourcePosition(line: 1, column: 10), SourcePosition(line: 4, column: 4)])
        guard case let .variable(decl)? = result.statements.first?.kind, let value = decl.initializer else {
            Issue.record("expected a variable"); return
        }
        #expect(value.span == SourceSpan(start: .init(line: 1, column: 9), end: .init(line: 1, column: 10)))
    }

    @Test func commentsAndOptionLinesAreIgnored() {
        #expect(sexp("//| echo: false\nprint(\"x\")   // comment\n/* block /* nested */ */ let y = 1") == #"(call print "x") (let y 1)"#)
    }
}
