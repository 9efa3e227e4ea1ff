typealias BinaryOp = (Double, Double) -> Double
typealias Predicate = (Int) -> Bool
let table: [(String, BinaryOp)] = [("+", +), ("-", -), ("*", *), ("/", /)]
for (symbol, op) in table {
    print("8 \(symbol) 2 =", op(8, 2))
}
func both(_ p: @escaping Predicate, _ q: @escaping Predicate) -> Predicate {
    { p($0) && q($0) }
}
let isEven: Predicate = { $0 % 2 == 0 }
let isBig: Predicate = { $0 > 10 }
print((1...20).filter(both(isEven, isBig)))
print(type(of: isEven))
