protocol Transformer {
    func apply(_ x: Int) -> Int
}

struct Adder: Transformer {
    let n: Int
    func apply(_ x: Int) -> Int { x + n }
}

struct Multiplier: Transformer {
    let n: Int
    func apply(_ x: Int) -> Int { x * n }
}

struct Pipeline: Transformer {
    var steps: [Transformer] = []
    func apply(_ x: Int) -> Int {
        steps.reduce(x) { acc, step in step.apply(acc) }
    }
}

var p = Pipeline()
p.steps.append(Adder(n: 3))
p.steps.append(Multiplier(n: 10))
p.steps.append(Adder(n: -1))
print(p.apply(0))
print((1...4).map { p.apply($0) })
let nested = Pipeline(steps: [p, p])
print(nested.apply(1))
