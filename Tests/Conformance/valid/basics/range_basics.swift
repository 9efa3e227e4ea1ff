let r = 1..<5
print(r)
print(r.count, r.lowerBound, r.upperBound)
let c = 1...5
print(c, c.count)
print(r.contains(5), c.contains(5))
print(Array(r))
print(Array(c.reversed()))
print((0..<10).filter { $0 % 3 == 0 })
print((1...4).map { $0 * $0 })
print((1...100).reduce(0, +))
let empty = 3..<3
print(empty.isEmpty, empty.count)
print((5...9).clamped(to: 7...20))
print(min(max(15, 0), 10))
