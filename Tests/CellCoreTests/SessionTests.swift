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
    }
}
