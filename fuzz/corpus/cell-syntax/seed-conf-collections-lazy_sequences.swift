let numbers = 1...1_000_000
let firstSquares = numbers.lazy.map { $0 * $0 }.filter { $0 % 3 == 1 }.prefix(5)
print(Array(firstSquares))
let firstBig = numbers.lazy.first { $0 * $0 > 5000 }
print(firstBig as Any)
let evens = (1...20).lazy.filter { $0.isMultiple(of: 2) }
print(evens.count)
print(Array(evens.map { $0 / 2 }))
