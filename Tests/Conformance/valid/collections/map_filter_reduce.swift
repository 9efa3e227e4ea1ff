let values = [1, 2, 3, 4, 5, 6]
print(values.map { $0 * 10 })
print(values.filter { $0 % 2 == 0 })
print(values.reduce(0, +))
print(values.reduce(1, *))
print(values.reduce(0) { $0 + $1 * $1 })
print(values.map(String.init))
print(values.map { Double($0) / 2 })
let evensSquared = values.filter { $0 % 2 == 0 }.map { $0 * $0 }
print(evensSquared)
let joined = values.reduce("") { $0 + String($1) }
print(joined)
print(values.reduce(into: [Int]()) { $0.insert($1, at: 0) })
