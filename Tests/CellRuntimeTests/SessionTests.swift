import CellLanguage
@testable import CellRuntime
import Foundation
import Testing

@Suite struct SessionTests {
    @Test func cellsShareOneEnvironment() {
        check("""
        let x = 40
        var log: [String] = []
        func add(_ a: Int) -> Int { a + x }
        // --- cell
        log.append("second")
        print(add(2), log) // expect: 42 ["second"]
        // --- cell
        let x = 1
        print(add(2)) // expect: 3
        x
        // result: 1
        """)
    }

    @Test func outputsKeepTheirOrderAndTheResultComesLast() {
        let r = run("""
        print("one")
        print("two")
        display([1, 2])
        print("three")
        1 + 1
        """)
        #expect(r.error == nil)
        #expect(r.outputs == [.stream("one\ntwo\n"), .display(.text("[1, 2]")), .stream("three\n"), .display(.text("2"))])
    }

    @Test func voidAndStatementsProduceNoResult() {
        #expect(run("print(\"x\")").outputs == [.stream("x\n")])
        #expect(run("let y = 3").outputs == [])
        #expect(run("var z = 1\nz += 1").outputs == [])
    }

    @Test func outputsBeforeAnErrorAreKept() {
        let r = run("print(\"kept\")\nlet a = [1][2]\nprint(\"never\")")
        #expect(r.outputs == [.stream("kept\n")])
        #expect(r.error?.message == "index 2 is out of range for an array of 1 element")
        #expect(r.error?.span.start == SourcePosition(line: 2, column: 13))
    }

    @Test func pathsResolveAgainstTheNotebookFolder() {
        let session = Session(baseDirectory: URL(fileURLWithPath: "/data/notebooks"))
        #expect(session.resolvePath("../data/ml-100k/ratings.csv").path == "/data/data/ml-100k/ratings.csv")
        #expect(session.resolvePath("/abs/x.csv").path == "/abs/x.csv")
    }

    @Test func seededRandomIsReproducible() {
        let a = Session(baseDirectory: URL(fileURLWithPath: "/"), seed: 7)
        let b = Session(baseDirectory: URL(fileURLWithPath: "/"), seed: 7)
        let xs = (0..<4).map { _ in a.random.next() }
        #expect(xs == (0..<4).map { _ in b.random.next() })
        // First outputs of xoshiro256** seeded by SplitMix64(0), printed by the reference C code in
        // Reference/xoshiro_reference.c.
        let zero = SeededRandom(seed: 0)
        #expect([zero.next(), zero.next(), zero.next()] == [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0])
        let cell = CellParser.parse("print([1, 2, 3, 4, 5].shuffled())").statements
        let s1 = Session(baseDirectory: URL(fileURLWithPath: "/"), seed: 1).run(cell)
        let s2 = Session(baseDirectory: URL(fileURLWithPath: "/"), seed: 1).run(cell)
        #expect(s1.outputs == s2.outputs)
    }
}
