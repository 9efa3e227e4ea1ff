let xs = [5, 3, 8, 1]
print(xs.map { $0 * 2 }, xs.filter { $0 > 2 }, xs.reduce(0, +))
print(xs.sorted(by: >), xs.sorted())
var offset = 10
let add: (Int) -> Int = { $0 + offset }
offset = 20
print(add(1))
let words = ["kiwi", "fig", "banana"]
print(words.map { $0.count }.reduce(0) { $0 + $1 })
let sortedWords = words.sorted { a, b in a.count < b.count }
print(sortedWords)
var calls = 0
xs.forEach { _ in calls += 1 }
print(calls)
var captured = 1
let copy = { [captured] in captured * 10 }
let shared = { captured * 10 }
captured = 5
print(copy(), shared())
let maybe: [Int?] = [1, nil, 3]
for case let v? in maybe { print("some", v) }
print(["ab", "c"].map(\.count))
