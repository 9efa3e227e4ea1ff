let numbers = 1...1_000_000
let firstSquares = numbers.lazy.map { $0 * $0 }.filter { $0 % 3 == 1 }.prefix(5)
print(Array(firstSquares))
var evaluated = 0
let lazyMapped = [1, 2, 3, 4].lazy.map { x -> Int in
    evaluated += 1
    return x * 10
}
print(evaluated)
print(lazyMapped[2])
print(evaluated)
print(Array(lazyMapped.prefix(2)))
let firstBig = numbers.lazy.first { $0 * $0 > 500 }
print(firstBig!)
