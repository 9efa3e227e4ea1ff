import Testing

/// Name resolution: slots for locals, captured boxes for closures, late-bound globals.
@Suite struct ScopeTests {
    @Test func shadowingAndBlockScopes() {
        check("""
        let x = 1
        func f() -> Int {
            let x = x + 10
            if true {
                let x = x * 2
                return x
            }
        }
        print(f(), x) // expect: 22 1
        if true { let inner = 5; print(inner) } // expect: 5
        for i in 0..<2 { let sq = i * i; print(sq) }
        // expect: 0
        // expect: 1
        print(inner)
        // error: 14:7: cannot find 'inner' in scope
        """)
    }

    @Test func capturesAcrossSeveralLevels() {
        check("""
        func outer() -> () -> () -> Int {
            var n = 1
            return {
                n += 1
                return { n * 100 }
            }
        }
        let middle = outer()
        let innerA = middle()
        let innerB = middle()
        print(innerA(), innerB()) // expect: 300 300
        print([[1, 2], [3]].map { row in row.map { $0 + row.count } }) // expect: [[3, 4], [4]]
        print([1, 2, 3].map { x in [10, 20].map { $0 + x } }) // expect: [[11, 21], [12, 22], [13, 23]]
        print([5, 6].enumerated().map { $1 * 2 }, zip([1, 2], [3, 4]).map { $0 * $1 }) // expect: [10, 12] [3, 8]
        print(["a": 1].map { k, v in "\\(k)=\\(v)" }, [(1, 2)].map { p in p.0 + p.1 }) // expect: ["a=1"] [3]
        """)
    }

    @Test func localFunctionsAndClasses() {
        check("""
        func parity(_ n: Int) -> String {
            func isEven(_ k: Int) -> Bool { k == 0 ? true : isOdd(k - 1) }
            func isOdd(_ k: Int) -> Bool { k == 0 ? false : isEven(k - 1) }
            return isEven(n) ? "even" : "odd"
        }
        print(parity(7), parity(10)) // expect: odd even
        func makeAdder(_ k: Int) -> Int {
            class Adder {
                var total = 0
                func add(_ v: Int) { total += v + k }
            }
            let a = Adder()
            a.add(1)
            a.add(2)
            return a.total
        }
        print(makeAdder(100)) // expect: 203
        """)
    }

    @Test func globalsAreLateBound() {
        check("""
        func report() -> String { "rate \\(rate)" }
        // --- cell
        let rate = 0.1
        print(report()) // expect: rate 0.1
        // --- cell
        let rate = 0.01
        print(report()) // expect: rate 0.01
        var counter = 0
        let bump = { counter += 1 }
        bump()
        bump()
        print(counter) // expect: 2
        """)
    }

    @Test func methodsSeeSelfAndClosuresInside() {
        check("""
        class Scaler {
            var factor: Double
            init(factor: Double = 2) { self.factor = factor }
            func scaleAll(_ xs: [Double]) -> [Double] { xs.map { $0 * factor } }
            func scaleAllExplicit(_ xs: [Double]) -> [Double] { xs.map { x in self.factor * x } }
        }
        let s = Scaler()
        print(s.scaleAll([1, 2]), Scaler(factor: 3).scaleAllExplicit([1])) // expect: [2.0, 4.0] [3.0]
        """)
    }

    @Test func localRedeclarationIsRejectedBeforeRunning() {
        check("""
        print("not printed: the cell does not compile")
        func f() {
            let a = 1
            let a = 2
        }
        // error: 4:5: invalid redeclaration of 'a'
        """)
    }
}
