indirect enum Formula {
    case value(Double)
    case variable
    case sum(Formula, Formula)
    case product(Formula, Formula)
    case power(Formula, Int)

    func evaluate(at x: Double) -> Double {
        switch self {
        case .value(let v): return v
        case .variable: return x
        case let .sum(a, b): return a.evaluate(at: x) + b.evaluate(at: x)
        case let .product(a, b): return a.evaluate(at: x) * b.evaluate(at: x)
        case let .power(base, n):
            var result = 1.0
            for _ in 0..<n { result *= base.evaluate(at: x) }
            return result
        }
    }

    var text: String {
        switch self {
        case .value(let v): return "\(v)"
        case .variable: return "x"
        case let .sum(a, b): return "(\(a.text) + \(b.text))"
        case let .product(a, b): return "\(a.text)·\(b.text)"
        case let .power(b, n): return "\(b.text)^\(n)"
        }
    }
}

let f = Formula.sum(.power(.variable, 2), .product(.value(3), .variable))
let g = Formula.product(f, .sum(.variable, .value(-1)))
print(f.text)
print(g.text)
for x in [0.0, 1.0, 2.5] {
    print(x, f.evaluate(at: x), g.evaluate(at: x))
}
