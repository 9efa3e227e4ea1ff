func safeDivide(_ a: Int, _ b: Int) -> Int {
    precondition(b != 0, "division by zero")
    return a / b
}

let values = [10, 20, 30]
assert(values.count == 3, "expected three values")
assert(!values.isEmpty)
print(safeDivide(values[2], 3))
precondition(values.allSatisfy { $0 > 0 })
var total = 0
for v in values {
    assert(v % 10 == 0, "values are multiples of ten")
    total += v
}
print(total)
func average(_ xs: [Int]) -> Double {
    precondition(!xs.isEmpty, "need data")
    return Double(xs.reduce(0, +)) / Double(xs.count)
}
print(average(values))
