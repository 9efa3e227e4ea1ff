indirect enum Expr {
    case number(Int)
    case add(Expr, Expr)
    case multiply(Expr, Expr)
    case negate(Expr)
}

func evaluate(_ e: Expr) -> Int {
    switch e {
    case let .number(n):
        return n
    case let .add(a, b):
        return evaluate(a) + evaluate(b)
    case let .multiply(a, b):
        return evaluate(a) * evaluate(b)
    case let .negate(a):
        return -evaluate(a)
    }
}

func render(_ e: Expr) -> String {
    switch e {
    case .number(let n): return "\(n)"
    case .add(let a, let b): return "(\(render(a)) + \(render(b)))"
    case .multiply(let a, let b): return "\(render(a)) * \(render(b))"
    case .negate(let a): return "-\(render(a))"
    }
}

let five = Expr.number(5)
let four = Expr.number(4)
let sum = Expr.add(five, four)
let product = Expr.multiply(sum, .number(2))
let expr = Expr.add(product, .negate(.number(3)))
print(evaluate(sum))
print(evaluate(product))
print(evaluate(expr))
print(render(expr))
