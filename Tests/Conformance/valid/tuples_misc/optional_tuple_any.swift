let pair: (Int, String)? = (1, "one")
if let (n, s) = pair {
    print(n, s)
}
print(pair?.1.count as Any)
let none: (Int, Int)? = nil
print(none == nil)
let anyValue: Any = (3.5, [1, 2])
if let (d, arr) = anyValue as? (Double, [Int]) {
    print(d, arr)
}
let wrapped: Any = Optional(5) as Any
print(wrapped)
let list: [Any?] = [1, nil, "x"]
print(list.count, list.compactMap { $0 }.count)
