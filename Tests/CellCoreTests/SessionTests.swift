// One session across cells: globals, functions and types of earlier cells stay visible, a later
// cell may redefine a name, and the last expression's value is the cell's result.

import CellCore
import Testing

extension CellCoreTests {
    @Suite struct SessionTests {
        @Test func laterCellsSeeEarlierDeclarations() {
            let session = Session()
            let first = session.run(
                source: "var total = 1\nfunc doubled() -> Int { total * 2 }\nstruct P { var x: Int }")
            #expect(first.succeeded)
            let second = session.run(source: "total += 4\nprint(doubled(), P(x: total))")
            #expect(second.output == "10 P(x: 5)\n")
        }

        @Test func aNameMayBeRedefinedInALaterCell() {
            let session = Session()
            _ = session.run(source: "let x = 1")
            let result = session.run(source: "let x = \"now a string\"\nprint(x.count)")
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(result.output == "12\n")
        }

        @Test func theLastExpressionIsTheCellsValue() {
            let session = Session()
            #expect(session.run(source: "let a = [1.5, 2.0]\na.map { $0 * 2 }").value == "[3.0, 4.0]")
            #expect(session.run(source: "print(1)").value == nil)
            #expect(session.run(source: "Int(\"7\")").value == "Optional(7)")
        }

        @Test func everyErrorOfACellIsReportedAndNothingRuns() {
            let result = Session().run(
                source: "print(\"side effect\")\nlet a: Int = \"s\"\nlet b = undefined + 1")
            #expect(result.output == "")
            #expect(
                result.diagnostics.map(\.description) == [
                    "2:14: error: cannot convert value of type 'String' to specified type 'Int'",
                    "3:9: error: cannot find 'undefined' in scope",
                ])
        }

        @Test func aTrapDoesNotEndTheSession() {
            let session = Session()
            let failed = session.run(source: "var xs = [1]\nprint(xs[3])")
            #expect(failed.trap?.message == "Fatal error: Index out of range")
            #expect(failed.trap?.position.line == 2)
            #expect(session.run(source: "xs.append(2)\nprint(xs)").output == "[1, 2]\n")
        }

        @Test func aCellThatDoesNotCompileDeclaresNothing() {
            let session = Session()
            let failed = session.run(source: "class P { func f() -> Int { 1 } }\nlet p = P()\nlet x = 2.5\nlet bad: Int = \"s\"")
            #expect(!failed.diagnostics.isEmpty)
            let later = session.run(source: "print(p.f(), x)")
            #expect(later.diagnostics.map(\.description) == ["1:7: error: cannot find 'p' in scope", "1:14: error: cannot find 'x' in scope"])
            #expect(session.run(source: "let p = 3\nprint(p)").output == "3\n")
        }

        @Test func globalsATrapLeftWithoutAValueLeaveTheSession() {
            let session = Session()
            _ = session.run(source: "let x = 1")
            let failed = session.run(
                source: "class P { func f() -> Int { 1 } }\nlet before = 2\nlet xs = [Int]()\nlet bad = xs[1]\nlet p = P()\nlet x = 2.5")
            #expect(failed.trap?.message == "Fatal error: Index out of range")
            let later = session.run(source: "print(before, x)\nprint(p.f())")
            #expect(later.diagnostics.map(\.description) == ["2:7: error: cannot find 'p' in scope"])
            #expect(session.run(source: "print(before, x)").output == "2 1\n")
        }
    }
}
