// Expressions: precedence, operator whitespace rules, postfix forms, literals, closures.

import CellSyntax
import Testing

@Suite struct ExpressionTests {
    @Test func precedenceFollowsSwiftsGroups() {
        #expect(sexp("1 + 2 * 3") == "(+ 1 (* 2 3))")
        #expect(sexp("a - b - c") == "(- (- a b) c)")
        #expect(sexp("a ?? b ?? c") == "(?? a (?? b c))")
        #expect(sexp("a << 2 + 1") == "(+ (<< a 2) 1)")
        #expect(sexp("a && b || c && d") == "(|| (&& a b) (&& c d))")
        #expect(sexp("x = y = 3") == "(= x (= y 3))")
        #expect(sexp("x += a &+ b & c") == "(+= x (&+ a (& b c)))")
        #expect(sexp("a == b ? c : d ? e : f") == "(? (== a b) c (? d e f))")
        #expect(sexp("0..<n") == "(..< 0 n)")
        #expect(sexp("a === b || a !== c") == "(|| (=== a b) (!== a c))")
        #expect(sexp("x ~= 3") == "(~= x 3)")
        #expect(sexp("x .< y .& z") == "(.< x (.& y z))")
        #expect(sexp("m .&= n") == "(.&= m n)")
        #expect(sexp("a ?? b as Int") == "(?? a (as b Int))")
        #expect(sexp("x is Int && y") == "(&& (is x Int) y)")
    }

    @Test func operatorWhitespaceDecidesFixity() {
        #expect(sexp("a - b") == "(- a b)")
        #expect(sexp("a-b") == "(- a b)")
        #expect(sexp("-b") == "(prefix - b)")
        #expect(sexp("-5") == "(prefix - 5)")
        #expect(sexp("x!") == "(! x)")
        #expect(sexp("!x") == "(prefix ! x)")
        #expect(sexp("a...b") == "(... a b)")
        #expect(sexp("a[2...]") == "(subscript a (postfix ... 2))")
        #expect(sexp("...5") == "(prefix ... 5)")
        #expect(sexp("..<5") == "(prefix ..< 5)")
        #expect(sexp("a != b") == "(!= a b)")
        #expect(sexp("a!=b") == "(!= a b)")
        #expect(sexp("f(&x)") == "(call f (& x))")
        #expect(sexp("~bits") == "(prefix ~ bits)")
    }

    @Test func nonAssociativeOperatorsAreAnError() {
        #expect(
            errors("a < b < c") == [
                "1:7: error: adjacent operators are in non-associative precedence group 'ComparisonPrecedence'"
            ])
    }

    @Test func optionalChainsWrapTheWholeChain() {
        #expect(sexp("a?.b.c?.d()") == "(optional-chain (call (. (bind? (. (. (bind? a) b) c)) d)))")
        #expect(sexp("x?[0]") == "(optional-chain (subscript (bind? x) 0))")
        #expect(sexp("x!.y") == "(. (! x) y)")
        #expect(sexp("try? f()") == "(try? (call f))")
        #expect(sexp("try! f()") == "(try! (call f))")
        #expect(sexp("x as? Int") == "(as? x Int)")
        #expect(sexp("x as! [String: Int]") == "(as! x [String: Int])")
    }

    @Test func literals() {
        #expect(sexp("0x1F") == "0x1F")
        #expect(sexp("0b1010") == "0b1010")
        #expect(sexp("0o17") == "0o17")
        #expect(sexp("1_000_000") == "1000000")
        #expect(sexp("1e-3") == "1e-3")
        #expect(sexp("0x1p-2") == "0x1p-2")
        #expect(sexp("2.5") == "2.5")
        #expect(sexp("true") == "true")
        #expect(sexp("nil") == "nil")
        #expect(sexp("[1, 2,]") == "(array 1 2)")
        #expect(sexp("[:]") == "(dict)")
        #expect(sexp("[\"a\": 1, \"b\": 2]") == "(dict (\"a\" 1) (\"b\" 2))")
        #expect(sexp("()") == "(tuple)")
        #expect(sexp("(1)") == "(paren 1)")
        #expect(sexp("(x: 1, y: 2)") == "(tuple x: 1 y: 2)")
        #expect(sexp("t.0.1") == "(. (. t 0) 1)")
    }

    @Test func callsMembersAndTrailingClosures() {
        #expect(sexp("f(1, x: 2)") == "(call f 1 x: 2)")
        #expect(sexp("xs.map { $0 * 2 }") == "(call (. xs map) trailing (closure {(* $0 2)}))")
        #expect(sexp("f(1) { $0 }") == "(call f 1 trailing (closure {$0}))")
        #expect(sexp("f { 1 } onError: { 2 }") == "(call f trailing (closure {1}) trailing onError: (closure {2}))")
        #expect(sexp("d[k, default: 0] += 1") == "(+= (subscript d k default: 0) 1)")
        #expect(sexp(".north") == ".north")
        #expect(sexp(".some(3)") == "(call .some 3)")
        #expect(sexp("xs.reduce(0, +)") == "(call (. xs reduce) 0 +)")
        #expect(sexp("xs.sorted(by: >)") == "(call (. xs sorted) by: >)")
        #expect(sexp("Int.self") == "(. Int self)")
        #expect(sexp("super.init(x: 1)") == "(call (. super init) x: 1)")
        #expect(
            sexp("xs\n  .filter { $0 > 1 }\n  .count") == "(. (call (. xs filter) trailing (closure {(> $0 1)})) count)"
        )
        #expect(sexp("xs.map(\\.count)") == "(call (. xs map) (keypath _ count))")
        // As in swiftc, a `{` on the next line is still a trailing closure.
        #expect(sexp("f\n{ print(1) }") == "(call f trailing (closure {(call print 1)}))")
        // In a condition `{` starts the body, unless swiftc's recovery rule applies.
        #expect(sexp("if f\n{ print(1) }") == "(if [f] {(call print 1)})")
        #expect(
            sexp("for x in xs.filter { $0 > 1 } { }")
                == "(for (bind x) (call (. xs filter) trailing (closure {(> $0 1)})) {})")
    }

    @Test func closures() {
        #expect(sexp("{ x in x }") == "(closure (x) in {x})")
        #expect(sexp("{ (x: Int, y) -> Int in x }") == "(closure (x: Int, y) -> Int in {x})")
        #expect(sexp("{ x, y in x }") == "(closure (x, y) in {x})")
        #expect(sexp("{ [weak self] in f() }") == "(closure [weak self] () in {(call f)})")
        #expect(sexp("{ _ in 1 }") == "(closure (_) in {1})")
        #expect(sexp("{ () throws -> Int in 1 }") == "(closure () throws -> Int in {1})")
        #expect(sexp("{ [1, 2].count }") == "(closure {(. (array 1 2) count)})")
    }

    @Test func genericArgumentsAndTypesInExpressions() {
        #expect(sexp("Array<Int>()") == "(call Array<Int>)")
        #expect(sexp("Dictionary<String, Int>()") == "(call Dictionary<String, Int>)")
        #expect(sexp("Set<Optional<Int>>()") == "(call Set<Optional<Int>>)")
        #expect(sexp("a < b") == "(< a b)")
        #expect(sexp("(a < b, c > d)") == "(tuple (< a b) (> c d))")
        #expect(sexp("[Int]()") == "(call (type [Int]))")
        #expect(sexp("[String: [Int]]()") == "(call (type [String: [Int]]))")
        #expect(sexp("Int?.none") == "(. (type Int?) none)")
        #expect(sexp("(Int, Int).self") == "(. (type (Int, Int)) self)")
        #expect(sexp("Int(x)") == "(call Int x)")
    }

    @Test func strings() {
        #expect(sexp(#""a\(x)b""#) == #""a\(x)b""#)
        #expect(sexp(#""\u{1F600}\t\0\"""#) == "\"😀\\t\\0\\\"\"")
        #expect(sexp(#""\(xs.map { "\($0)" })""#) == #""\((call (. xs map) trailing (closure {"\($0)"})))""#)
        #expect(sexp("#\"a\\(x)\\#(y)\"#") == #""a\\(x)\(y)""#)
        #expect(sexp("\"\"\"\n    one\n      two\n    \"\"\"") == #""one\n  two""#)
        #expect(sexp("\"\"\"\n  a \\\n  b\n  \"\"\"") == #""a b""#)
    }

    @Test func ifAndSwitchExpressions() {
        #expect(sexp("let x = if a { 1 } else { 2 }") == "(let (bind x) = (if [a] {1} {2}))")
        #expect(
            sexp("let y = switch v {\ncase 1: \"a\"\ndefault: \"b\"\n}")
                == "(let (bind y) = (switch v (case (expr 1) {\"a\"}) (default {\"b\"})))")
    }
}

@Suite struct CompoundNameTests {
    @Test func namesWithArgumentLabels() {
        #expect(sexp("xs.compactMap(Size.init(rawValue:))") == "(call (. xs compactMap) (. Size init(rawValue:)))")
        #expect(sexp("let f = max(_:_:)") == "(let (bind f) = max(_:_:))")
        #expect(sexp("x = .running(progress: )") == "(= x .running(progress:))")
        // The member name must be on the `.`'s line; a `.` after a range is a member.
        #expect(errors("let g = d.\ncount") == ["1:10: error: expected member name following '.'"])
        #expect(sexp("a... .0") == "(. (postfix ... a) 0)")
        #expect(sexp("let y = ($1 . m)") == "(let (bind y) = (paren (. $1 m)))")
        #expect(sexp("func f() -> (Int, _) {}") == "(func f() -> (Int, _) {})")
        #expect(sexp("f(x: y)") == "(call f x: y)")
    }
}
