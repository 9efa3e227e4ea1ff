func square(_ x: Int) -> Int { x * x }
func negate(_ x: Int) -> Int { -x }
let operations: [(Int) -> Int] = [square, negate, { $0 + 10 }]
for op in operations {
    print(op(4))
}
var transform = square
print(transform(6))
transform = negate
print(transform(6))
func apply(_ f: (Int) -> Int, times: Int, to value: Int) -> Int {
    var v = value
    for _ in 0..<times { v = f(v) }
    return v
}
print(apply(square, times: 3, to: 2))
let named: [String: (Double, Double) -> Double] = ["add": (+), "mul": (*), "max": max]
for key in named.keys.sorted() {
    print(key, named[key]!(3, 4))
}
