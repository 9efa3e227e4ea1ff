import Testing

@Suite struct ClassTests {
    @Test func referenceSemanticsAndMethods() {
        check("""
        class Counter {
            var count = 0
            let step: Int
            init(step: Int = 1) { self.step = step }
            func tick() { count += step }
            func ticked(times: Int) -> Int {
                for _ in 0..<times { tick() }
                return self.count
            }
        }
        let a = Counter()
        let b = a
        b.tick()
        a.tick()
        print(a.count, b.count) // expect: 2 2
        let c = Counter(step: 10)
        print(c.ticked(times: 3), a.count) // expect: 30 2
        c.count = -1
        print(c.count) // expect: -1
        """)
    }

    @Test func callAsFunctionAndInheritance() {
        check("""
        class Linear {
            var w: Double
            var b: Double
            init(w: Double, b: Double = 0) { self.w = w; self.b = b }
            func callAsFunction(_ x: Double) -> Double { w * x + b }
            func name() -> String { "Linear" }
        }
        class Scaled: Linear {
            var scale = 2.0
            init(w: Double) {
                super.init(w: w, b: 1)
            }
            override func callAsFunction(_ x: Double) -> Double { scale * super.callAsFunction(x) }
        }
        let f = Linear(w: 3)
        print(f(2), f(0.5)) // expect: 6.0 1.5
        let g = Scaled(w: 3)
        print(g(2), g.name(), g.b) // expect: 14.0 Linear 1.0
        let layers = [f, g]
        print(layers.map { $0(1) }) // expect: [3.0, 8.0]
        class Model {
            var layers: [Linear] = []
            func add(_ l: Linear) { layers.append(l) }
            func callAsFunction(_ x: Double) -> Double { layers.reduce(x) { acc, l in l(acc) } }
        }
        let m = Model()
        m.add(f)
        m.add(Linear(w: 10, b: 1))
        print(m(1), m.layers.count) // expect: 31.0 2
        f.w = 0
        print(m(1)) // expect: 1.0
        """)
    }

    @Test func instanceDisplay() {
        check("""
        class P {
            var x = 1
            var name = "p"
        }
        P()
        // result: P(x: 1, name: "p")
        """)
    }
}
