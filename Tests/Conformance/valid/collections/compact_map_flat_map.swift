let strings = ["1", "two", "3", "4.5", "5"]
print(strings.compactMap { Int($0) })
print(strings.compactMap(Double.init))
let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.flatMap { $0 })
print(nested.joined().map { $0 * 2 })
print(Array(nested.joined()))
print(nested.map { $0.count })
let words = ["hi", "yo"]
print(words.flatMap { Array($0) })
let optionals: [Int?] = [1, nil, 3, nil]
print(optionals.compactMap { $0 })
print(optionals.count, optionals.compactMap { $0 }.count)
