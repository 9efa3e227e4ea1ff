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
}
