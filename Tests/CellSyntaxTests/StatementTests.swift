// Statements: control flow, conditions, labels, do/catch, statement separation.

import CellSyntax
import Testing

@Suite struct StatementTests {
    @Test func doCatchWithPatterns() {
        #expect(
            sexp("do {\n  try f()\n} catch E.a, E.b {\n  g()\n} catch let e as E where e.code > 0 {\n} catch {\n}")
                == "(do {(try (call f))} (catch (case E.a) (case E.b) {(call g)}) (catch (let (as (bind e) E)) (where (> (. e code) 0)) {}) (catch {}))"
        )
    }

    @Test func switchCasePatterns() {
        #expect(
            sexp("switch v {\ncase let .a(x, y) where x > 0: break\n}")
                == "(switch v (case (let (case .a (bind x) (bind y))) (where (> x 0)) {(break)}))")
        #expect(
            sexp("switch v {\ncase 1...5, 10: fallthrough\n}")
                == "(switch v (case (expr (... 1 5)) (expr 10) {(fallthrough)}))")
        #expect(
            sexp("switch v {\ncase (let x, 0): print(x)\n}")
                == "(switch v (case (tuple-pattern (let (bind x)) (expr 0)) {(call print x)}))")
        #expect(
            sexp("switch v {\ncase is Int: break\n}")
                == "(switch v (case (is Int) {(break)}))")
        #expect(
            sexp("switch v {\ncase let x as Int: break\n}")
                == "(switch v (case (let (as (bind x) Int)) {(break)}))")
        #expect(
            sexp("switch v {\ncase .some(let x): break\n}")
                == "(switch v (case (case .some (let (bind x))) {(break)}))")
        #expect(
            sexp("switch v {\ncase let x?: break\n}")
                == "(switch v (case (let (? (bind x))) {(break)}))")
        #expect(
            sexp("switch v {\ncase Shape.circle(let r): break\n}")
                == "(switch v (case (case Shape.circle (let (bind r))) {(break)}))")
        #expect(
            sexp("switch v {\ncase .b(radius: let r): break\n}")
                == "(switch v (case (case .b radius: (let (bind r))) {(break)}))")
        #expect(
            sexp("switch v {\ncase (_, _): break\n}")
                == "(switch v (case (tuple-pattern _ _) {(break)}))")
        #expect(
            sexp("switch v {\ncase \"a\": break\n}")
                == "(switch v (case (expr \"a\") {(break)}))")
        #expect(
            sexp("switch v {\n@unknown default: break\n}")
                == "(switch v (default {(break)}))")
    }

    @Test func controlFlow() {
        #expect(
            sexp("if case .a(let x) = e, let y = z, var w = q, x > 0, case let (a, b) = t { }")
                == "(if [(case (case .a (let (bind x))) e) (let (bind y) z) (var (bind w) q) (> x 0) (case (let (tuple-pattern (bind a) (bind b))) t)] {})"
        )
        #expect(
            sexp("if let x { }")
                == "(if [(let (bind x))] {})")
        #expect(
            sexp("for case let .some(x) in xs { }")
                == "(for-case (let (case .some (bind x))) xs {})")
        #expect(
            sexp("for (i, x) in xs.enumerated() where i > 0 { }")
                == "(for (tuple-pattern (bind i) (bind x)) (call (. xs enumerated)) (where (> i 0)) {})")
        #expect(
            sexp("for _ in 0..<3 { }")
                == "(for _ (..< 0 3) {})")
        #expect(
            sexp("outer: for i in xs { inner: while true { break outer }; continue outer }")
                == "(label outer (for (bind i) xs {(label inner (while [true] {(break outer)})) (continue outer)}))")
        #expect(
            sexp("repeat { i += 1 } while i < 10")
                == "(repeat {(+= i 1)} (< i 10))")
        #expect(
            sexp("guard let x = y else { return }")
                == "(guard [(let (bind x) y)] {(return)})")
        #expect(
            sexp("do { try f() } catch let e as E where e.x { } catch { }")
                == "(do {(try (call f))} (catch (let (as (bind e) E)) (where (. e x)) {}) (catch {}))")
        #expect(
            sexp("defer { print(1) }")
                == "(defer {(call print 1)})")
        #expect(
            sexp("throw E.bad")
                == "(throw (. E bad))")
        #expect(
            sexp("if #available(macOS 14, *) { } else if x { } else { }")
                == "(if [(#available)] {} (if [x] {} {}))")
        #expect(
            sexp("while let x = it.next() { }")
                == "(while [(let (bind x) (call (. it next)))] {})")
        #expect(
            sexp("let r = xs.first { $0 > 1 }")
                == "(let (bind r) = (call (. xs first) trailing (closure {(> $0 1)})))")
        #expect(
            sexp("if xs.contains(where: { $0 > 1 }) { }")
                == "(if [(call (. xs contains) where: (closure {(> $0 1)}))] {})")
        #expect(
            sexp("if xs.contains { $0 > 1 } { }")
                == "(if [(call (. xs contains) trailing (closure {(> $0 1)}))] {})")
        #expect(sexp("func f() {\n  return\n}") == "(func f() {(return)})")
        #expect(sexp("return\nif x { 1 } else { 2 }") == "(return (if [x] {1} {2}))")
    }
}

@Suite struct StatementSeparationTests {
    @Test func newlinesSemicolonsAndContinuations() {
        #expect(sexp("a = 1; b = 2") == "(= a 1)\n(= b 2)")
        #expect(sexp("let x = a +\n  b") == "(let (bind x) = (+ a b))")
        #expect(sexp("let x = a\n  + b") == "(let (bind x) = (+ a b))")
        #expect(sexp("let x = a\n-b") == "(let (bind x) = a)\n(prefix - b)")
        #expect(sexp("let s = c\n  ? 1\n  : 2") == "(let (bind s) = (? c 1 2))")
        #expect(sexp("f\n(1)") == "f\n(paren 1)")
        #expect(sexp("x\n[0]") == "x\n(array 0)")
        #expect(
            errors("let a = 1 let b = 2") == ["1:10: error: consecutive statements on a line must be separated by ';'"])
    }

    @Test func availability() {
        #expect(sexp("if #unavailable(iOS 15) { }") == "(if [(#unavailable)] {})")
        #expect(sexp("guard #available(macOS 14, *) else { return }") == "(guard [(#available)] {(return)})")
    }
}
