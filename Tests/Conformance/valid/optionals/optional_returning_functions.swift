func indexOfMax(_ xs: [Double]) -> Int? {
    guard !xs.isEmpty else { return nil }
    var best = 0
    for i in xs.indices where xs[i] > xs[best] {
        best = i
    }
    return best
}
print(indexOfMax([3.5, 9.25, 1.0]) as Any)
print(indexOfMax([]) as Any)
func divide(_ a: Int, by b: Int) -> Int? {
    b == 0 ? nil : a / b
}
print(divide(10, by: 3) as Any)
print(divide(1, by: 0) as Any)
print(divide(10, by: 2).map { $0 + 1 } as Any)
let chain = divide(100, by: 5).flatMap { divide($0, by: 2) }
print(chain as Any)
