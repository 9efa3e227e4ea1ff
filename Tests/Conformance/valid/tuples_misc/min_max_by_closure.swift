let words = ["pear", "fig", "banana", "kiwi", "apple"]
print(words.min()!, words.max()!)
print(words.min { $0.count < $1.count }!)
print(words.max { $0.count < $1.count }!)
print(words.max { $0.last! < $1.last! }!)
let numbers = [3, -7, 2, 9, -1]
print(numbers.max { abs($0) < abs($1) }!)
print(numbers.min(by: >)!)
print([Double]().max() as Any)
print(words.sorted { $0.count == $1.count ? $0 < $1 : $0.count < $1.count })
print(min(words[0], words[1]), max("Zeta", "alpha"))
