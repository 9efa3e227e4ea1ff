func minMax(_ xs: [Int]) -> (min: Int, max: Int)? {
    guard var lo = xs.first else { return nil }
    var hi = lo
    for x in xs.dropFirst() {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    return (lo, hi)
}
if let bounds = minMax([8, -6, 2, 109, 3, 71]) {
    print(bounds)
    print("min is \(bounds.min) and max is \(bounds.max)")
}
print(minMax([]) as Any)
func stats(_ xs: [Double]) -> (count: Int, mean: Double, total: Double) {
    let total = xs.reduce(0, +)
    return (xs.count, total / Double(xs.count), total)
}
let s = stats([1.5, 2.5, 5])
print(s)
print(s.count, s.mean, s.2)
let (n, m, _) = s
print(n, m)
