let r = 0..<10
print(r.map { $0 * 2 }.suffix(3))
print(r.filter { $0 % 4 == 0 })
print((1...5).reversed().map { $0 })
print(Array((0..<20)[5..<8]))
print((1...3).flatMap { i in (1...i).map { i * 10 + $0 } })
print(r.contains(9), r.contains(10))
print((1...10).reduce(0, +), (1...10).count)
print(("a"..."e").contains("c"), ("a"..."e").contains("f"))
