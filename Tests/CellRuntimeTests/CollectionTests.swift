import Testing
@testable import CellRuntime

@Suite struct CollectionTests {
    @Test func arraysHaveValueSemantics() {
        check("""
        let a = [1, 2, 3]
        var b = a
        b.append(4)
        b[0] = 100
        print(a, b) // expect: [1, 2, 3] [100, 2, 3, 4]
        var grid = [[0, 0], [0, 0]]
        let saved = grid
        grid[1][0] += 5
        print(grid, saved) // expect: [[0, 0], [5, 0]] [[0, 0], [0, 0]]
        func addOne(_ xs: [Int]) -> [Int] { var ys = xs; ys.append(1); return ys }
        print(addOne(a), a) // expect: [1, 2, 3, 1] [1, 2, 3]
        var xs = [5, 3, 9]
        xs += [1]
        xs.insert(0, at: 0)
        let removed = xs.remove(at: 1)
        let last = xs.removeLast()
        print(xs, removed, last) // expect: [0, 3, 9] 5 1
        xs.sort()
        print(xs, xs.sorted(by: { $0 > $1 }), xs.reversed()) // expect: [0, 3, 9] [9, 3, 0] [9, 3, 0]
        var words = ["b", "a"]
        words.sort(by: { $0 < $1 })
        words.append(contentsOf: ["c"])
        print(words) // expect: ["a", "b", "c"]
        """)
    }

    @Test func arrayMembers() {
        check("""
        let xs = [4, 8, 15, 16, 23, 42]
        print(xs.count, xs.isEmpty, xs.first!, xs.last!, [Int]().isEmpty, [Int]().first ?? -1) // expect: 6 false 4 42 true -1
        print(xs.contains(15), xs.contains(7), xs.firstIndex(of: 16)!, xs.firstIndex(of: 99) ?? -1) // expect: true false 3 -1
        print(xs.prefix(2), xs.suffix(2), xs.prefix(100).count, xs.dropFirst(), xs[1..<3], xs[4...5]) // expect: [4, 8] [23, 42] 6 [8, 15, 16, 23, 42] [8, 15] [23, 42]
        print(xs.min()!, xs.max()!, xs.reduce(0, { $0 + $1 })) // expect: 4 42 108
        print(["x", "y"].joined(separator: ", "), [1, 2].map { String($0) }.joined()) // expect: x, y 12
        print((0..<4).map { $0 * $0 }, (1...3).count, (0..<10).filter { $0 % 4 == 0 }, (0..<3).contains(2)) // expect: [0, 1, 4, 9] 3 [0, 4, 8] true
        print(xs.enumerated().map { $0.offset * $0.element }.prefix(3)) // expect: [0, 8, 30]
        print([(1, "b"), (0, "z"), (1, "a")].sorted()) // expect: [(0, "z"), (1, "a"), (1, "b")]
        xs
        // result: [4, 8, 15, 16, 23, 42]
        """)
    }

    @Test func dictionaries() {
        check("""
        var ages = ["ann": 31, "bob": 25]
        ages["cy"] = 40
        ages["bob"] = ages["bob"]! + 1
        print(ages["bob"]!, ages["zed"] ?? 0, ages.count) // expect: 26 0 3
        print(ages.keys, ages.values) // expect: ["ann", "bob", "cy"] [31, 26, 40]
        ages["ann"] = nil
        print(ages) // expect: ["bob": 26, "cy": 40]
        var counts: [String: Int] = [:]
        for w in ["a", "b", "a"] { counts[w, default: 0] += 1 }
        print(counts) // expect: ["a": 2, "b": 1]
        let copy = counts
        counts["a"] = 0
        print(copy["a"]!, counts["a"]!) // expect: 2 0
        var byId = [1: "one", 2: "two"]
        print(byId[2]!, byId.sorted(by: { $0.key > $1.key }).map { $0.value }) // expect: two ["two", "one"]
        [String: Int]()
        // result: [:]
        """)
    }

    @Test func displayOfResults() {
        check("""
        "abc"
        // result: "abc"
        """)
        check("""
        0.1
        // result: 0.1
        """)
        check("""
        Array(0..<1000)
        // result: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …, 997, 998, 999] (1000 elements)
        """)
        check("""
        let r = 0..<3
        r
        // result: 0..<3
        """)
        let table = run("[(name: \"a\", score: 1.5), (name: \"b\", score: 2.0)]")
        #expect(table.outputs == [.display(.table(DisplayTable(columns: ["name", "score"], index: ["0", "1"],
                                                             rows: [["a", "1.5"], ["b", "2.0"]], totalRows: 2, totalColumns: 2)))])
    }
}
