// Declarations: variables and accessors, functions, initializers, subscripts, types, protocols,
// extensions, enums, operators.

import CellSyntax
import Testing

@Suite struct DeclarationTests {
    @Test func typedThrows() {
        #expect(sexp("func f() throws(E) -> Int { 1 }") == "(func f() throws(E) -> Int {1})")
        #expect(sexp("init() throws(E) {}") == "(init() throws(E) {})")
        let cell = Parser.parse("let c = { () throws(E) in 1 }")
        guard case .declaration(let decl) = cell.statements[0].kind, case .variable(let v) = decl.kind,
            case .closure(let closure)? = v.bindings[0].initializer?.kind
        else {
            Issue.record("not a closure")
            return
        }
        #expect(closure.thrownType.map(SyntaxPrinter.type) == "E")
        #expect(sexp("let g: (() -> Int)? = nil") == "(let (bind g) : (() -> Int)? = nil)")
    }

    @Test func throwingGetters() {
        #expect(
            sexp("var v: Int {\n  get throws { try f() }\n}")
                == "(var (bind v) : Int get-throws {get {(try (call f))}})")
        #expect(
            sexp("protocol P { var x: Int { get throws } }") == "(protocol P {(var (bind x) : Int get-throws {get})})")
    }

    @Test func everyDeclarationKind() {
        #expect(
            sexp("let (a, b) = t")
                == "(let (tuple-pattern (bind a) (bind b)) = t)")
        #expect(
            sexp("var x = 1, y: Int = 2")
                == "(var (bind x) = 1, (bind y) : Int = 2)")
        #expect(
            sexp("var area: Double { w * h }")
                == "(var (bind area) : Double {get {(* w h)}})")
        #expect(
            sexp("var c: Int { get { 1 } set(v) { x = v } }")
                == "(var (bind c) : Int {get {1} set(v) {(= x v)}})")
        #expect(
            sexp("var w: Int = 0 { willSet { print(newValue) } didSet(old) { print(old) } }")
                == "(var (bind w) : Int = 0 {willSet {(call print newValue)} didSet(old) {(call print old)}})")
        #expect(
            sexp("lazy var z = [Int]()")
                == "(lazy var (bind z) = (call (type [Int])))")
        #expect(
            sexp("private(set) var count = 0")
                == "(private(set) var (bind count) = 0)")
        #expect(
            sexp(
                "@discardableResult func f<T: Comparable, U>(_ a: T, label b: inout U, rest: Int..., d: Int = 3) throws -> T where U: Equatable, T.Element == Int { a }"
            )
                == "(@discardableResult func f<T: Comparable, U>(_ a: T, label b: inout U, rest rest: Int..., d d: Int = 3) throws -> T where U: Equatable, T.Element == Int {a})"
        )
        #expect(
            sexp("static func + (lhs: V, rhs: V) -> V { V() }")
                == "(static func +(lhs lhs: V, rhs rhs: V) -> V {(call V)})")
        #expect(
            sexp("prefix func - (v: V) -> V { v }")
                == "(prefix func -(v v: V) -> V {v})")
        #expect(
            sexp("init?(x: Int) { }")
                == "(init?(x x: Int) {})")
        #expect(
            sexp("convenience init!() { self.init(x: 1) }")
                == "(convenience init!() {(call (. self init) x: 1)})")
        #expect(
            sexp("required init() {}")
                == "(required init() {})")
        #expect(
            sexp("deinit { }")
                == "(deinit {})")
        #expect(
            sexp("subscript(i: Int) -> Int { get { 1 } set { } }")
                == "(subscript(_ i: Int) -> Int {get {1} set {}})")
        #expect(
            sexp("subscript(row r: Int, col c: Int) -> Double { 0 }")
                == "(subscript(row r: Int, col c: Int) -> Double {get {0}})")
        #expect(
            sexp("struct P<T>: Equatable, Hashable where T: Equatable { var x: T; mutating func m() {} }")
                == "(struct P<T>: Equatable, Hashable where T: Equatable {(var (bind x) : T) (mutating func m() {})})")
        #expect(
            sexp("class C: B, P { override func f() { super.f() } }")
                == "(class C: B, P {(override func f() {(call (. super f))})})")
        #expect(
            sexp("enum E: Int { case a = 1, b; indirect case n(E, label: Int) }")
                == "(enum E: Int {(case a = 1, b) (indirect case indirect n(E, label: Int))})")
        #expect(
            sexp("indirect enum Tree { case leaf; case node(Tree, Tree) }")
                == "(indirect enum Tree {(case leaf) (case node(Tree, Tree))})")
        #expect(
            sexp(
                "protocol Q: AnyObject { associatedtype Element: Equatable = Int; var x: Int { get set }; mutating func m(); static func s() -> Self; init(v: Int) ; subscript(i: Int) -> Int { get } }"
            )
                == "(protocol Q: AnyObject {(associatedtype Element: Equatable = Int) (var (bind x) : Int {get set}) (mutating func m()) (static func s() -> Self) (init(v v: Int)) (subscript(_ i: Int) -> Int {get})})"
        )
        #expect(
            sexp("extension Array: Q where Element: Equatable { func g() {} }")
                == "(extension Array: Q where Element: Equatable {(func g() {})})")
        #expect(
            sexp("typealias Pair<T> = (T, T)")
                == "(typealias Pair<T> = (T, T))")
        #expect(
            sexp("import Foundation")
                == "(import Foundation)")
        #expect(
            sexp("infix operator **: MultiplicationPrecedence")
                == "(infix infix operator **: MultiplicationPrecedence)")
        #expect(
            sexp("prefix operator √")
                == "(prefix prefix operator √)")
        #expect(
            sexp("precedencegroup Pow { higherThan: MultiplicationPrecedence associativity: right }")
                == "(precedencegroup Pow higherThan: MultiplicationPrecedence associativity: right)")
    }

    @Test func operatorDeclarationsExtendTheTable() {
        #expect(
            sexp(
                "infix operator **: Pow\nprecedencegroup Pow { higherThan: MultiplicationPrecedence associativity: right }\nlet p = 2 ** 3 ** 2 * 4"
            )
                == "(infix infix operator **: Pow)\n(precedencegroup Pow higherThan: MultiplicationPrecedence associativity: right)\n(let (bind p) = (* (** 2 (** 3 2)) 4))"
        )
        // Used above its declaration, as Swift allows.
        #expect(
            sexp("let q = a <> b <> c\ninfix operator <>: AdditionPrecedence")
                == "(let (bind q) = (<> (<> a b) c))\n(infix infix operator <>: AdditionPrecedence)")
        // A later cell sees an earlier cell's operators through the session's table.
        let first = Parser.parse("infix operator +++: ComparisonPrecedence")
        let table = OperatorTable.standard.declaring(first.statements)
        let second = Parser.parse("a +++ b + c", operators: table)
        #expect(SyntaxPrinter.print(second.statements) == "(+++ a (+ b c))")
        // Undeclared operators are the checker's business, not a syntax error.
        #expect(sexp("a +++ b +++ c") == "(+++ (+++ a b) c)")
    }
}

@Suite struct ParameterTests {
    @Test func attributesEffectsAndLabels() {
        #expect(
            sexp("func q(_ f: @escaping (Int) throws -> Void, _ g: @autoclosure () -> Bool) rethrows {}")
                == "(func q(_ f: @escaping (Int) throws -> Void, _ g: @autoclosure () -> Bool) rethrows {})")
        #expect(sexp("func `default`(for x: Int) {}") == "(func default(for x: Int) {})")
        #expect(sexp("subscript(i: Int, j j: Int) -> Int { 0 }") == "(subscript(_ i: Int, j j: Int) -> Int {get {0}})")
    }
}

@Suite struct BodilessDeclarationTests {
    /// The library (CellCore) declares host-implemented members without bodies, inside types.
    @Test func typeMembersMayOmitBodies() {
        let source = """
            struct Int {
                var description: String { get }
                static func + (lhs: Int, rhs: Int) -> Int
                subscript(i: Int) -> Int { get set }
                init(_ value: Double)
            }
            """
        #expect(
            sexp(source)
                == "(struct Int {(var (bind description) : String {get}) (static func +(lhs lhs: Int, rhs rhs: Int) -> Int) (subscript(_ i: Int) -> Int {get set}) (init(_ value: Double))})"
        )
    }

    /// In code, an accessor needs a body (swiftc's error), and recovery skips the whole block.
    @Test func codeNeedsAccessorBodies() {
        #expect(
            errors("var y: Int { get }\nfunc f() {\n  var z: Int { get set }\n  print(1)\n}") == [
                "1:18: error: expected '{' to start getter definition",
                "3:20: error: expected '{' to start getter definition",
            ])
    }
}
