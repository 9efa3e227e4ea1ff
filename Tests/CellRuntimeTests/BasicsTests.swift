import Testing

@Suite struct BasicsTests {
    @Test func arithmeticAndPromotion() {
        check("""
        let x = 1 + 2
        print(x) // expect: 3
        print(7 / 2, 7 % 3, -7 / 2, -7 % 3) // expect: 3 1 -3 -1
        print(1 + 0.5, 3 * 2.0, 7 / 2.0) // expect: 1.5 6.0 3.5
        print(0.1 + 0.2) // expect: 0.30000000000000004
        print(1.0 / 0.0, -1.0 / 0.0) // expect: inf -inf
        print(2 * 3 + 4 * 5 - 6 / 3) // expect: 24
        print(-(3 - 5), +4, !true) // expect: 2 4 false
        let big = 9223372036854775806
        print(big + 1) // expect: 9223372036854775807
        x * 10
        // result: 30
        """)
    }

    @Test func stringsAndInterpolation() {
        check("""
        let name = "world"
        let n = 3
        print("hello, \\(name)! \\(n * 2) \\([1, 2])") // expect: hello, world! 6 [1, 2]
        print("a" + "b" + "c") // expect: abc
        var s = "x"
        s += "y"
        print(s, s.count, s.uppercased(), "AbC".lowercased()) // expect: xy 2 XY abc
        print("a,b,,c".split(separator: ","), "banana".hasPrefix("ban"), "banana".contains("nan")) // expect: ["a", "b", "c"] true true
        "quoted \\"here\\""
        // result: "quoted \\"here\\""
        """)
    }

    @Test func comparisonsAndLogic() {
        check("""
        print(1 < 2, 2.5 >= 2, 1 == 1.0, "abc" < "abd", "a" != "b") // expect: true true true true true
        print((1, "b") < (1, "c"), (2, 0) > (1, 9), (1, 2) == (1, 2)) // expect: true true true
        print([1, 2] == [1, 2], [1, 2] != [2, 1], ["a": 1] == ["a": 1]) // expect: true true true
        print(true && false, true || false, false || !false) // expect: false true true
        var calls = 0
        func touch() -> Bool { calls += 1; return true }
        print(false && touch(), true || touch(), calls) // expect: false true 0
        print(3 > 2 ? "yes" : "no") // expect: yes
        let nothing: Int? = nil
        print(nothing ?? 42, 5 ?? 42, nothing == nil) // expect: 42 5 true
        """)
    }

    @Test func typeAnnotations() {
        check("""
        let d: Double = 1
        print(d) // expect: 1.0
        let xs: [Double] = [1, 2.5]
        print(xs) // expect: [1.0, 2.5]
        var maybe: String? = nil
        print(maybe ?? "none") // expect: none
        maybe = "here"
        print(maybe!) // expect: here
        let pair: (Int, String) = (1, "a")
        print(pair.0, pair.1) // expect: 1 a
        """)
        check("""
        let x: Int = "a"
        // error: 1:14: cannot convert value of type String to specified type Int
        """)
        check("""
        var total: Int = 0
        total = 2.5
        // error: 2:9: cannot convert value of type Double to type Int
        """)
    }

    @Test func controlFlow() {
        check("""
        var total = 0
        for i in 0..<5 { total += i }
        print(total) // expect: 10
        var out: [Int] = []
        for i in 0...10 {
            if i % 2 == 0 { continue }
            if i > 7 { break }
            out.append(i)
        }
        print(out) // expect: [1, 3, 5, 7]
        var n = 0
        while n < 100 { n = n * 2 + 1 }
        print(n) // expect: 127
        for (k, v) in ["a": 1, "b": 2] { print(k, v) }
        // expect: a 1
        // expect: b 2
        for (i, x) in ["p", "q"].enumerated() { print(i, x) }
        // expect: 0 p
        // expect: 1 q
        for c in "hé" { print(c) }
        // expect: h
        // expect: é
        let grade = 75
        if grade >= 90 { print("A") } else if grade >= 70 { print("C") } else { print("F") }
        // expect: C
        let maybe: Int? = 4
        if let m = maybe, m > 3 { print("big", m) } else { print("small") }
        // expect: big 4
        func firstEven(_ xs: [Int]) -> Int {
            for x in xs {
                guard x % 2 == 0 else { continue }
                return x
            }
            return -1
        }
        print(firstEven([1, 3, 6, 8]), firstEven([1])) // expect: 6 -1
        func describe(_ v: Int?) -> String {
            guard let v = v else { return "nothing" }
            return "got \\(v)"
        }
        print(describe(nil), describe(2)) // expect: nothing got 2
        print(stride(from: 0, to: 10, by: 3), stride(from: 1.0, through: 2.0, by: 0.5)) // expect: [0, 3, 6, 9] [1.0, 1.5, 2.0]
        """)
    }

    @Test func tuplesAndDestructuring() {
        check("""
        let point = (x: 1, y: 2)
        print(point.x + point.y, point.0) // expect: 3 1
        var (a, b) = (10, "ten")
        a += 1
        print(a, b) // expect: 11 ten
        var p = (x: 1, y: 2)
        p.x = 5
        p.1 += 10
        print(p) // expect: (x: 5, y: 12)
        point
        // result: (x: 1, y: 2)
        """)
    }
}
