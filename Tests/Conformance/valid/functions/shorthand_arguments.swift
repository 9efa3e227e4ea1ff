let numbers = [4, 9, 16]
print(numbers.map { $0 / 2 })
print(numbers.filter { $0 > 5 })
print(numbers.reduce(0) { $0 + $1 })
print(numbers.sorted { $0 > $1 })
let pairs = [(1, "one"), (2, "two")]
print(pairs.map { "\($0.0)=\($0.1)" })
print(numbers.enumerated().map { $0 * $1 })
let combine: (String, Int) -> String = { $0 + String($1) }
print(combine("x", 3))
print(zip(numbers, numbers.dropFirst()).map { $1 - $0 })
