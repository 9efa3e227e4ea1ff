import CellLanguage
@testable import CellRuntime
import Foundation
import Testing

/// Cooperative timeouts: the interpreter's loops and calls, and builtins through
/// `BuiltinContext.checkCancellation()`.
@Suite struct TimeoutTests {
    /// A registry with one long-running builtin that checks the deadline every step, as a
    /// training loop does, and counts its steps.
    static func registry(steps counter: StepCounter) -> BuiltinRegistry {
        var r = BuiltinRegistry.standard
        r.add(BuiltinTable(domain: "Test", functions: [
            BuiltinFunction("spin", [BuiltinParameter("steps", "steps", "Int")],
                            doc: "Spins `steps` times, checking the cell's deadline each time.") { _, a, c in
                let n = try a.int("steps")
                for _ in 0..<n {
                    counter.count += 1
                    try c.checkCancellation()
                    Thread.sleep(forTimeInterval: 0.001)
                }
                return .int(n)
            },
        ]))
        return r
    }

    final class StepCounter: @unchecked Sendable { var count = 0 }

    func parse(_ source: String) throws -> [Stmt] {
        let parsed = CellParser.parse(source)
        try #require(parsed.errors.isEmpty)
        return parsed.statements
    }

    @Test func aBuiltinThatChecksCancellationStopsAtTheTimeout() throws {
        let counter = StepCounter()
        let session = Session(baseDirectory: URL(fileURLWithPath: "/tmp"), registry: Self.registry(steps: counter))
        let result = session.run(try parse("let a = 1\nspin(steps: 1_000_000_000)"), timeout: 0.2)
        let error = try #require(result.error)
        #expect(error.message == "cell exceeded its timeout of 0.2 s")
        #expect(error.span.start == SourcePosition(line: 2, column: 1), "located at the builtin's call")
        #expect(counter.count < 1_000_000_000)
    }

    @Test func withoutATimeoutCheckCancellationNeverThrows() throws {
        let counter = StepCounter()
        let session = Session(baseDirectory: URL(fileURLWithPath: "/tmp"), registry: Self.registry(steps: counter))
        let result = session.run(try parse("spin(steps: 3)"))
        #expect(result.error == nil)
        #expect(counter.count == 3)
        #expect(result.outputs == [.display(.text("3"))])
    }

    @Test func aLoopOverARangeStopsAtTheTimeout() throws {
        let session = Session(baseDirectory: URL(fileURLWithPath: "/tmp"))
        let result = session.run(try parse("var s = 0\nfor i in 0..<1_000_000_000_000 {\n    s += 1\n}"), timeout: 0.1)
        let error = try #require(result.error)
        #expect(error.message == "cell exceeded its timeout of 0.1 s")
        #expect(error.span.start.line == 2)
        // The session stays usable: the globals survive and the next cell has no deadline.
        let next = session.run(try parse("s > 0"))
        #expect(next.error == nil)
        #expect(next.outputs == [.display(.text("true"))])
    }

    @Test func closuresCalledByBuiltinsStopAtTheTimeout() throws {
        let session = Session(baseDirectory: URL(fileURLWithPath: "/tmp"))
        let source = "func slow(_ n: Int) -> Int { var k = 0\nwhile k < n { k += 1 }\nreturn k }\n[1_000_000_000_000, 1].map { slow($0) }"
        let result = session.run(try parse(source), timeout: 0.1)
        #expect(result.error?.message == "cell exceeded its timeout of 0.1 s")
    }

    @Test func secondsAreShownAsWritten() {
        #expect(Interpreter.secondsText(2) == "2")
        #expect(Interpreter.secondsText(0.25) == "0.25")
        #expect(Interpreter.secondsText(90) == "90")
    }
}
