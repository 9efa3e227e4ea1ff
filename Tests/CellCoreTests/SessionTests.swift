// One session across cells: globals, functions and types of earlier cells stay visible, a later
// cell may redefine a name, and the last expression's value is the cell's result.

import CellCore
import Foundation
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

        /// Sessions made at once on threads with a small stack (128 KiB: loading the library
        /// overflowed it while sessions parsed and checked on the caller's stack), each with a cell
        /// that extends a library type (`extension Int`, seen by its own session only).
        @Test func sessionsMayBeCreatedAndRunOnSeveralThreadsAtOnce() {
            final class Outputs: @unchecked Sendable {
                let lock = NSLock()
                var byThread: [Int: String] = [:]
                func set(_ i: Int, _ s: String) { lock.withLock { byThread[i] = s } }
            }
            let outputs = Outputs()
            let group = DispatchGroup()
            let count = 6
            for i in 0..<count {
                group.enter()
                let thread = Thread {
                    let session = Session()
                    let result = session.run(
                        source: """
                            extension Int { var twice\(i): Int { self * 2 } }
                            struct P\(i) { var x: Int }
                            print(P\(i)(x: \(i).twice\(i)), [3, 1, 2].sorted())
                            """)
                    outputs.set(i, result.output + result.diagnostics.map(\.description).joined())
                    group.leave()
                }
                thread.stackSize = 128 << 10
                thread.start()
            }
            group.wait()
            for i in 0..<count {
                #expect(outputs.byThread[i] == "P\(i)(x: \(2 * i)) [1, 2, 3]\n")
            }
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

extension CellCoreTests {
    @Suite struct CancellationTests {
        @Test func aCellPastItsTimeoutStopsAtTheLoopItReached() {
            let session = Session()
            let r = session.run(source: "var n = 0\nwhile n >= 0 {\n    n = (n + 1) % 1000\n}", timeout: 0.2)
            #expect(r.trap?.message == "cell exceeded its timeout of 0.2 s")
            #expect(r.trap?.position.line == 2)
            #expect(r.trap?.notes.first?.contains("timeout") == true)
            // The session stays usable, and the next cell has no limit unless given one.
            #expect(session.run(source: "print(n >= 0)").output == "true\n")
        }

        @Test func aRecursionPastItsTimeoutStopsAtACall() {
            let r = Session().run(
                source: "func spin(_ k: Int) -> Int { k == 0 ? 0 : spin(k - 1) + spin(k - 1) }\nprint(spin(60))",
                timeout: 0.2)
            #expect(r.trap?.message == "cell exceeded its timeout of 0.2 s")
        }
    }
}

extension CellCoreTests {
    @Suite struct TrapLocationTests {
        @Test func aTrapInAFunctionOfAnEarlierCellNamesThatCell() {
            let session = Session()
            _ = session.run(source: "let xs = [1, 2]\n\nfunc third() -> Int {\n    xs[2]\n}")
            let r = session.run(source: "print(\"go\")\nlet v = third()")
            #expect(r.trap?.message == "Fatal error: Index out of range")
            #expect(r.trap?.cell == 1)
            #expect(r.trap?.position.line == 4)
            #expect(r.trap?.callPosition?.line == 2)
            let here = session.run(source: "func f() -> Int { xs[5] }\nprint(f())")
            #expect(here.trap?.cell == nil)
            #expect(here.trap?.position.line == 1)
        }
    }
}

extension CellCoreTests {
    @Suite struct RandomTests {
        @Test func randomValuesComeFromTheSessionsSeededGenerator() {
            let cell = "print(Int.random(in: 0..<1000), Double.random(in: 1...2), [1, 2, 3, 4].shuffled(), Bool.random())"
            let a = Session(seed: 7).run(source: cell).output
            #expect(a == Session(seed: 7).run(source: cell).output)
            #expect(a != Session(seed: 8).run(source: cell).output)
            let r = Session().run(
                source: """
                    var ok = true
                    for _ in 0..<200 {
                        let i = Int.random(in: -3...3)
                        let d = Double.random(in: 0.5..<0.75)
                        ok = ok && i >= -3 && i <= 3 && d >= 0.5 && d < 0.75
                    }
                    var xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                    xs.shuffle()
                    print(ok, xs.sorted() == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [Int]().randomElement() == nil)
                    """)
            #expect(r.output == "true true true\n", "\(r.diagnostics) \(String(describing: r.trap))")
        }

        @Test func anEmptyRangeTrapsAsSwiftDoes() {
            let r = Session().run(source: "let n = 0\nprint(Int.random(in: 0..<n))")
            #expect(r.trap?.message == "Fatal error: Can't get random value with an empty range")
            #expect(r.trap?.position.line == 2)
        }
    }
}

extension CellCoreTests {
    @Suite struct OperatorAcrossCellsTests {
        @Test func anOperatorDeclaredInACellIsUsableInLaterCells() {
            let session = Session()
            let first = session.run(
                source: """
                    precedencegroup ExponentPrecedence { higherThan: MultiplicationPrecedence associativity: right }
                    infix operator ** : ExponentPrecedence
                    func ** (base: Int, power: Int) -> Int { power == 0 ? 1 : base * (base ** (power - 1)) }
                    """)
            #expect(first.succeeded, "\(first.diagnostics)")
            // Right-associative and tighter than `*`: 2 * 2 ** 3 ** 2 = 2 * 2^9.
            #expect(session.run(source: "print(2 * 2 ** 3 ** 2)").output == "1024\n")
        }
    }
}

extension CellCoreTests {
    @Suite struct FailedCellTests {
        @Test func aCellWithErrorsLeavesNoDeclarationsBehind() {
            let session = Session()
            _ = session.run(source: "let keep = 1")
            let failed = session.run(source: "let x = 2\nfunc f() -> Int { x }\nlet bad: Int = \"s\"")
            #expect(!failed.diagnostics.isEmpty)
            let later = session.run(source: "print(keep)\nprint(x)")
            #expect(later.diagnostics.map(\.message) == ["cannot find 'x' in scope"])
            #expect(later.diagnostics.first?.notes.first?.contains("earlier cell that has errors") == true)
            // Declared again by a good cell, the name is an ordinary one.
            _ = session.run(source: "let x = 5")
            let r = session.run(source: "print(keep, x)")
            #expect(r.output == "1 5\n")
        }
    }
}

extension CellCoreTests {
    @Suite struct OverrideTests {
        /// swiftc: a subclass method with the name and labels of a superclass method but other
        /// parameter types is an overload, and needs no `override`.
        @Test func aMethodWithOtherParameterTypesIsAnOverloadNotAnOverride() {
            let r = Session().run(
                source: """
                    class A { func f(_ x: Int) -> Int { x } }
                    class B: A {
                        func f(_ s: String) -> Int { s.count }
                        override func f(_ x: Int) -> Int { x * 2 }
                    }
                    let b = B()
                    print(b.f(3), b.f("four"))
                    """)
            #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
            #expect(r.output == "6 4\n")
        }
    }
}
