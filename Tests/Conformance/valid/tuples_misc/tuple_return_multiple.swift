func divmod(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) {
    (a / b, a % b)
}

func stats(_ xs: [Double]) -> (count: Int, mean: Double, total: Double) {
    let total = xs.reduce(0, +)
    return (xs.count, total / Double(xs.count), total)
}

let r = divmod(17, 5)
print(r.quotient, r.remainder)
let (q, m) = divmod(-17, 5)
print(q, m)
print(divmod(100, 7))
let s = stats([1.5, 2.5, 4.0])
print(s.count, s.mean, s.total)
print(s)
