import Testing

@Suite struct FunctionTests {
    @Test func labelsDefaultsAndRecursion() {
        check("""
        func greet(_ name: String, greeting: String = "Hello", times n: Int = 1) -> String {
            var parts: [String] = []
            for _ in 0..<n { parts.append("\\(greeting), \\(name)") }
            return parts.joined(separator: "; ")
        }
        print(greet("Ada")) // expect: Hello, Ada
        print(greet("Bob", greeting: "Hi", times: 2)) // expect: Hi, Bob; Hi, Bob
        print(greet("Cy", times: 2)) // expect: Hello, Cy; Hello, Cy
        func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
        print(fib(20)) // expect: 6765
        func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
        func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
        print(isEven(10), isOdd(7)) // expect: true true
        func half(_ x: Double) -> Double { x / 2 }
        print(half(3)) // expect: 1.5
        func nothing() { }
        print(nothing()) // expect: ()
        """)
    }

    @Test func closuresCaptureAndShorthand() {
        check("""
        func makeCounter() -> () -> Int {
            var count = 0
            return { count += 1; return count }
        }
        let c1 = makeCounter()
        let c2 = makeCounter()
        print(c1(), c1(), c1(), c2()) // expect: 1 2 3 1
        var base = 10
        let addBase = { (x: Int) -> Int in x + base }
        base = 20
        print(addBase(1)) // expect: 21
        print([1, 2, 3].map { $0 * 2 }) // expect: [2, 4, 6]
        print([1, 2, 3, 4].filter { x in x % 2 == 0 }) // expect: [2, 4]
        print([1, 2, 3, 4].reduce(0) { $0 + $1 }, [1, 2, 3].reduce(1, { acc, x in acc * x })) // expect: 10 6
        print([3, 1, 2].sorted(by: { a, b in a > b })) // expect: [3, 2, 1]
        let apply = { (f: (Int) -> Int, x: Int) in f(x) }
        print(apply({ $0 + 100 }, 1)) // expect: 101
        print([1.0, 4.0].map(sqrt)) // expect: [1.0, 2.0]
        print([3, 1, 2].sorted { $0 > $1 }, [1, 2, 3].contains { $0 > 2 }, [4, 5].firstIndex { $0 == 5 }!) // expect: [3, 2, 1] true 1
        func scaled(by k: Int) -> Int { k * 10 }
        print([1, 2].map(scaled)) // expect: [10, 20]
        func applying(to x: Int, using f: (Int) -> Int) -> Int { f(x) }
        print(applying(to: 3) { $0 * 2 }, applying(to: 1, using: { $0 - 1 })) // expect: 6 0
        """)
    }

    @Test func builtinsMath() {
        check("""
        print(sqrt(16), exp(0), log(1), pow(2, 10), abs(-3), abs(-2.5)) // expect: 4.0 1.0 0.0 1024.0 3 2.5
        print(min(3, 1, 2), max(1.5, 2), round(2.5), floor(-1.5), ceil(1.2)) // expect: 1 2 3.0 -2.0 2.0
        print(Int(3.9), Int(-3.9), Int("42"), Int("x") ?? -1, Double(2), Double("1.5")!) // expect: 3 -3 42 -1 2.0 1.5
        print(String(12) + "!", Array(0..<3), zip([1, 2, 3], ["a", "b"])) // expect: 12! [0, 1, 2] [(1, "a"), (2, "b")]
        print("a", "b", separator: "-", terminator: "|")
        print("c") // expect: a-b|c
        print() // expect: 
        """)
    }
}

@Suite struct StringFormatTests {
    @Test func formatsLikePrintf() {
        // Expected strings are C printf's output for the same conversions.
        check("""
        print(String(format: "%d|%5d|%-5d|%05d", 42, 42, 42, 42)) // expect: 42|   42|42   |00042
        print(String(format: "%.3f|%8.2f|%e|%g", 3.14159, 2.5, 1234.5, 0.0001)) // expect: 3.142|    2.50|1.234500e+03|0.0001
        print(String(format: "%s=%.1f%%", "loss", 1)) // expect: loss=1.0%
        print(String(format: "[%6s][%-6s][%.2s]", "ab", "ab", "abcdef")) // expect: [    ab][ab    ][ab]
        print(String(format: "%d", 1.5))
        // error: 5:7: conversion '%d' expects an Int, not Double
        """)
        check("""
        String(format: "%d %d", 1)
        // error: 1:1: format has more conversions than arguments (1 given)
        """)
    }
}
