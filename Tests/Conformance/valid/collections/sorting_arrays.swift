let numbers = [5, 3, 9, 1, 7, 3]
print(numbers.sorted())
print(numbers.sorted(by: >))
print(numbers.sorted { $0 > $1 })
var mutable = numbers
mutable.sort()
print(mutable)
mutable.sort(by: >)
print(mutable)
let words = ["pear", "fig", "banana", "kiwi"]
print(words.sorted())
print(words.sorted { $0.count < $1.count })
print(words.sorted { ($0.count, $0) < ($1.count, $1) })
print(numbers.reversed() as [Int])
print(Array(numbers.reversed()))
