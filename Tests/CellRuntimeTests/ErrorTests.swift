import Testing

/// Errors are located at the node that failed (cell line:column) and say what was expected.
@Suite struct ErrorTests {
    @Test func unknownNamesSuggestClosest() {
        check("""
        let ratings = [1, 2]
        print("before") // expect: before
        print(ratngs.count)
        // error: 3:7: cannot find 'ratngs' in scope
        // note: did you mean 'ratings'?
        print("after")
        """)
        check("""
        let xs = [1, 2]
        xs.cout
        // error: 2:1: no member 'cout' on Array
        // note: did you mean 'count'?
        """)
        check("""
        prnt("x")
        // error: 1:1: cannot find 'prnt' in scope
        // note: did you mean 'print'?
        """)
    }

    @Test func wrongLabelsShowTheSignature() {
        check("""
        func head(_ n: Int = 5) -> Int { n }
        head(n: 3)
        // error: 2:6: argument label 'n:' not expected; head(_ n: Int = …) -> Int
        """)
        check("""
        func area(width: Double, height: Double) -> Double { width * height }
        area(width: 2, 3)
        // error: 2:16: missing argument label 'height:'; area(width: Double, height: Double) -> Double
        """)
        check("""
        func area(width: Double, height: Double) -> Double { width * height }
        area(width: 2)
        // error: 2:1: missing argument for parameter 'height'; area(width: Double, height: Double) -> Double
        """)
        check("""
        func f(x: Int) -> Int { x }
        f(x: "no")
        // error: 2:3: argument 'x' must be Int, not String; f(x: Int) -> Int
        """)
        check("""
        sqrt("four")
        // error: 1:6: argument 'x' must be Double, not String; sqrt(_ x: Double) -> Double
        """)
        check("""
        let xs = [3, 1]
        xs.prefix(count: 1)
        // error: 2:11: argument label 'count:' not expected; prefix(_ maxLength: Int) -> [Element]
        """)
        check("""
        print([1].sorted(by: 3))
        // error: 1:18: argument 'areInIncreasingOrder' must be a function, not Int; sorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element]
        """)
    }

    @Test func arithmeticErrors() {
        check("""
        let big = 9223372036854775807
        print(big - 1) // expect: 9223372036854775806
        let x = big + 1
        // error: 3:9: arithmetic overflow: 9223372036854775807 + 1 does not fit in Int
        """)
        check("""
        let zero = 0
        print(1.0 / 0.0) // expect: inf
        print(10 / zero)
        // error: 3:7: division by zero
        """)
        check("""
        let n = 7 % 0
        // error: 1:9: division by zero in remainder operation
        """)
        check("""
        let s = "a" + 1
        // error: 1:9: binary operator '+' cannot be applied to String and Int
        """)
    }

    @Test func runtimeFaults() {
        check("""
        let xs = [1, 2, 3]
        print(xs[7])
        // error: 2:10: index 7 is out of range for an array of 3 elements
        """)
        check("""
        var xs = [1, 2, 3]
        xs[3] = 0
        // error: 2:4: index 3 is out of range for an array of 3 elements
        """)
        check("""
        let d = ["a": 1]
        let v = d["b"]!
        // error: 2:9: unexpectedly found nil while unwrapping an Optional value
        """)
        check("""
        let x = 1
        x = 2
        // error: 2:1: cannot assign to value: 'x' is a 'let' constant
        """)
        check("""
        let xs = [1]
        xs.append(2)
        // error: 2:1: cannot use mutating member 'append' on an immutable value: 'xs' is a 'let' constant
        """)
        check("""
        let x = 1
        let x = 2
        // error: 2:1: invalid redeclaration of 'x'
        """)
        check("""
        if 1 { print("no") }
        // error: 1:4: expected a Bool condition, got a value of type Int
        """)
        check("""
        [Int]().removeLast()
        // error: 1:1: cannot use mutating member 'removeLast' on an immutable value
        """)
        check("""
        var empty: [Int] = []
        empty.removeLast()
        // error: 2:1: cannot removeLast from an empty array
        """)
    }

    @Test func deepRecursionIsAnError() {
        check("""
        func down(_ n: Int) -> Int { n == 0 ? 0 : down(n - 1) + 1 }
        print(down(9000)) // expect: 9000
        func forever(_ n: Int) -> Int {
            return forever(n + 1)
        }
        forever(0)
        // error: 4:12: maximum call depth 10000 exceeded (is there a recursion without a base case?)
        """)
        check("""
        class Node {
            func callAsFunction(_ n: Int) -> Int { [n].map { self($0 + 1) }[0] }
        }
        Node()(0)
        // error: 2:54: maximum call depth 10000 exceeded (is there a recursion without a base case?)
        """)
    }

    @Test func classErrors() {
        check("""
        class P {
            let id: Int
            var name = "p"
            init(id: Int) { self.id = id }
        }
        let p = P(id: 1)
        p.name = "q"
        print(p.name) // expect: q
        p.id = 2
        // error: 9:1: cannot assign to value: 'id' is a 'let' constant
        """)
        check("""
        class P { var x = 1 }
        P().y
        // error: 2:1: no member 'y' on P
        """)
        check("""
        class P { var x = 1 }
        let p = P()
        p(3)
        // error: 3:1: cannot call a value of type P; its class defines no 'callAsFunction'
        """)
        check("""
        class M: Modul { }
        // error: 1:1: cannot find type 'Modul' to inherit from
        """)
        check("""
        class Q {
            var x: Int
            init() { }
        }
        Q()
        // error: 5:1: property 'x' of Q was not initialized (give it a default or set it in init)
        """)
    }
}
