let numbers = [4, -2, 9, 0, 7]
print(numbers.min()!, numbers.max()!)
let empty: [Int] = []
print(empty.min() as Any, empty.max() as Any)
let words = ["kiwi", "fig", "pomegranate", "plum"]
print(words.min()!, words.max()!)
print(words.min { $0.count < $1.count }!)
print(words.max { $0.count < $1.count }!)
let points = [(1, 5), (3, 2), (-4, 8)]
let far = points.max { abs($0.0) + abs($0.1) < abs($1.0) + abs($1.1) }!
print(far)
print(numbers.max(by: { abs($0) < abs($1) })!)
print([2.5, -1.0, .infinity].max()!)
