// The old core table's builtins on the typed interpreter: random numbers from the run's seeded
// generator (CellCore's Library/Random.swift, seeded by the notebook), and the ones CellCore's library already has, with Swift's semantics.
// Ported from Tests/CellRuntimeTests (MiscTests' StaticMemberTests, SessionTests' seeded random,
// BasicsTests' stride, StaticConstantTests, CollectionTests).

import CellBindings
import CellCore
import Foundation
import Testing

@Suite(.serialized) struct CoreBindingsTests {
    func session(seed: UInt64 = 42) -> NotebookSession {
        NotebookSession(baseDirectory: URL(fileURLWithPath: "/tmp"), seed: seed)
    }

    @Test func randomValuesStayInTheirRanges() {
        let r = session().run(
            source: """
                let rolls = (0..<200).map { _ in Int.random(in: 1...6) }
                print(rolls.min()!, rolls.max()!)
                let u = (0..<100).map { _ in Double.random(in: 0..<2) }
                print(u.allSatisfy { $0 >= 0 && $0 < 2 })
                let v = (0..<100).map { _ in Double.random(in: -1...1) }
                print(v.allSatisfy { $0 >= -1 && $0 <= 1 }, (0..<50).map { _ in Int.random(in: 0..<3) }.max()!)
                let coin = Bool.random()
                print([1, 2, 3].randomElement()! <= 3, [Int]().randomElement() == nil, coin || !coin)
                """)
        #expect(r.printed == "1 6\ntrue\ntrue 2\ntrue true true\n", "\(r.failure)")
        let typo = session().run(source: "Int.rando(in: 0..<3)")
        #expect(typo.diagnostics.first?.message == "type 'Int' has no member 'rando'")
        let empty = session().run(source: "let n = Int.random(in: 3..<3)")
        #expect(empty.trap?.message == "Fatal error: Can't get random value with an empty range")
    }

    @Test func randomFollowsTheSeed() {
        let cell = "var xs = [1, 2, 3, 4, 5, 6, 7, 8]\nxs.shuffle()\nprint(xs, [1, 2, 3, 4, 5].shuffled(), Int.random(in: 0..<1000), Double.random(in: 0..<1))"
        let a = session(seed: 1).run(source: cell)
        let b = session(seed: 1).run(source: cell)
        let c = session(seed: 2).run(source: cell)
        #expect(a.succeeded, "\(a.failure)")
        #expect(a.printed == b.printed)
        #expect(a.printed != c.printed)
        let s = session(seed: 7)
        let first = s.run(source: "print(Int.random(in: 0..<1_000_000))").printed
        s.reseed(7)
        #expect(s.run(source: "print(Int.random(in: 0..<1_000_000))").printed == first, "a cell's seed option restarts it")
        let sorted = session().run(source: "print([5, 3, 1, 4, 2].shuffled().sorted())")
        #expect(sorted.printed == "[1, 2, 3, 4, 5]\n")
    }

    /// `print`, `min`, `max`, `abs`, `pow`, `stride`, `zip`, the math functions and the constants
    /// come from CellCore's library; they work in a notebook session with Swift's semantics.
    @Test func coreLibraryBuiltinsWorkInANotebook() {
        let r = session().run(
            source: """
                print(min(3, 1, 2), max(1.5, 2.5), abs(-4), abs(-2.5), pow(2.0, 10.0))
                print(Array(stride(from: 0, to: 10, by: 3)), Array(stride(from: 1.0, through: 2.0, by: 0.5)))
                print(zip([1, 2, 3], ["a", "b"]).map { "\\($0)\\($1)" }, sqrt(16.0), exp(0.0), log(1.0))
                print(round(2.5), floor(-1.5), ceil(1.2), Int(3.9), Double(2), String(repeating: "ab", count: 2))
                print(Int.max, Int.min, Double.pi, Double.infinity > 1e308, Double.nan == Double.nan)
                print(String(format: "%.3f", 1.0 / 3.0), Array(repeating: 7, count: 2), Int("12")!, Double("x") == nil)
                print("a", "b", separator: "-", terminator: "!\\n")
                """)
        #expect(
            r.printed == """
                1 2.5 4 2.5 1024.0
                [0, 3, 6, 9] [1.0, 1.5, 2.0]
                ["1a", "2b"] 4.0 1.0 0.0
                3.0 -2.0 2.0 3 2.0 abab
                9223372036854775807 -9223372036854775808 3.141592653589793 true false
                0.333 [7, 7] 12 true
                a-b!

                """, "\(r.failure)")
        // The old core table's `expect(condition)` with its message optional.
        let expectation = session().run(source: "expect(1 < 2)\nexpect(2 < 1)")
        #expect(expectation.trap?.message == "expectation failed: the condition is false")
        #expect(expectation.trap?.position.line == 2)
        let overflow = session().run(source: "let n = Int.max\nprint(n + 1)")
        #expect(overflow.trap != nil)
    }
}
