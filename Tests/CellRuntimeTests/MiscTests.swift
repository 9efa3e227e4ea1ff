import Testing
@testable import CellRuntime

@Suite struct MiscTests {
    @Test func closuresCaptureEachLoopIteration() {
        check("""
        var fs: [() -> Int] = []
        for i in 0..<3 { fs.append({ i * 10 }) }
        print(fs.map { $0() }) // expect: [0, 10, 20]
        func outer() -> Int {
            func inner(_ n: Int) -> Int { n <= 1 ? 1 : n * inner(n - 1) }
            return inner(5)
        }
        print(outer()) // expect: 120
        let adders = [1, 2].map { k in { (x: Int) -> Int in x + k } }
        print(adders[1](40)) // expect: 42
        """)
    }

    @Test func optionalsAndShorthandIfLet() {
        check("""
        let maybe: Int? = 3
        if let maybe { print("has", maybe) } // expect: has 3
        var text: String? = nil
        if let t = text { print(t) } else { print("no text") } // expect: no text
        text = "hi"
        print(text!.count) // expect: 2
        let chained = nil ?? nil ?? 7
        print(chained) // expect: 7
        """)
    }

    @Test func doublesFollowIEEE() {
        check("""
        print(7.5.truncatingRemainder(dividingBy: 2), 2.5.rounded(), 1e-2, 1.0e20) // expect: 1.5 3.0 0.01 1e+20
        print(0.0 / 0.0 == 0.0 / 0.0, -0.0 == 0.0) // expect: false true
        let r = 7.5 % 2.0
        // error: 3:9: '%' is not available for Double; use x.truncatingRemainder(dividingBy: y)
        """)
    }

    @Test func expectStopsTheCell() {
        check("""
        expect(1 + 1 == 2, "math works")
        print("ok") // expect: ok
        expect([1, 2].count == 3, "two elements")
        // error: 3:8: expectation failed: two elements
        """)
    }

    @Test func topLevelControlFlowIsRejected() {
        check("""
        break
        // error: 1:1: 'break' and 'continue' are only allowed inside a loop
        """)
        check("""
        return 3
        // error: 1:1: 'return' is only allowed inside a function
        """)
        check("""
        func f() -> Int { print("no return") } // expect: no return
        f()
        // error: 1:1: missing return in 'f' expected to return Int
        """)
    }
}

@Suite struct RobustnessTests {
    @Test func cyclicInstancesDisplay() {
        check("""
        class Node {
            var value = 1
            var next: Node? = nil
        }
        let n = Node()
        n.next = n
        print(n) // expect: Node(value: 1, next: Node(…))
        """)
    }

    @Test func rangeSubscriptsAtTheEdges() {
        check("""
        let xs = [1, 2, 3]
        print(xs[0...2], xs[3..<3], xs[0..<0]) // expect: [1, 2, 3] [] []
        print(xs[0...9223372036854775807])
        // error: 3:10: range 0...9223372036854775807 is out of bounds for an array of 3 elements
        """)
    }

    @Test func everyBuiltinIsDocumented() {
        let reference = BuiltinRegistry.standard.reference
        #expect(reference.count > 60)
        #expect(reference.allSatisfy { !$0.doc.isEmpty && !$0.signature.isEmpty })
        #expect(reference.contains { $0.type == "Array" && $0.signature == "mutating append(_ element: Element)" })
        #expect(reference.contains { $0.type == nil && $0.signature == "print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")" })
    }
}

@Suite struct DeclarationTests {
    @Test func declarationForms() {
        check("""
        var x: Int
        x = 5
        let a = 1, b = 2
        func minMax(_ xs: [Int]) -> (min: Int, max: Int) { (min: xs.min()!, max: xs.max()!) }
        let mm = minMax([3, 9, 1])
        var d: Double = 0
        d += 1
        print(x, a + b, mm, mm.max, d) // expect: 5 3 (min: 1, max: 9) 9 1.0
        var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
        grid[1][2] = 5
        let t: (Int, Double) = (1, 2)
        print(grid, t, [Int](repeating: 7, count: 2)) // expect: [[0, 0, 0], [0, 0, 5]] (1, 2.0) [7, 7]
        let words = "the quick brown fox".split(separator: " ")
        print(words.map { $0.count }.reduce(0, { $0 + $1 }), words.joined(separator: "-")) // expect: 16 the-quick-brown-fox
        """)
    }
}

@Suite struct StaticMemberTests {
    @Test func staticMembersOfBuiltinTypes() {
        check("""
        let rolls = (0..<200).map { _ in Int.random(in: 1...6) }
        print(rolls.min()!, rolls.max()!) // expect: 1 6
        let u = (0..<100).map { _ in Double.random(in: 0..<2) }
        print(u.allSatisfy { $0 >= 0 && $0 < 2 }) // expect: true
        Int.rando(in: 0..<3)
        // error: 5:1: no member 'rando' on Int
        // note: did you mean 'random'?
        """)
    }
}
