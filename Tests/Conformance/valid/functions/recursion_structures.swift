indirect enum Expr {
    case number(Double)
    case add(Expr, Expr)
    case multiply(Expr, Expr)
    case negate(Expr)
}
func evaluate(_ e: Expr) -> Double {
    switch e {
    case .number(let v): return v
    case let .add(a, b): return evaluate(a) + evaluate(b)
    case let .multiply(a, b): return evaluate(a) * evaluate(b)
    case .negate(let a): return -evaluate(a)
    }
}
func show(_ e: Expr) -> String {
    switch e {
    case .number(let v): return "\(v)"
    case let .add(a, b): return "(\(show(a)) + \(show(b)))"
    case let .multiply(a, b): return "\(show(a)) * \(show(b))"
    case .negate(let a): return "-\(show(a))"
    }
}
let expr = Expr.multiply(.add(.number(2), .number(3)), .negate(.number(4)))
print(show(expr))
print(evaluate(expr))
func flatten(_ xs: [Any]) -> [Int] {
    xs.flatMap { x -> [Int] in
        if let n = x as? Int { return [n] }
        if let arr = x as? [Any] { return flatten(arr) }
        return []
    }
}
print(flatten([1, [2, [3, 4]], 5, [[6]]]))
