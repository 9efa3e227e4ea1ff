let words = ["swift", "is", "fun"]
let totalLength = words.reduce(0) { $0 + $1.count }
print(totalLength)
let sentence = words.reduce("") { $0.isEmpty ? $1 : $0 + " " + $1 }
print(sentence)
let longest = words.reduce("") { $1.count > $0.count ? $1 : $0 }
print(longest)
let counts = words.reduce(into: [String: Int]()) { $0[$1] = $1.count }
print(counts.keys.sorted().map { "\($0)=\(counts[$0]!)" })
let maxMin = [5, 2, 9, 1].reduce((Int.min, Int.max)) { (max($0.0, $1), min($0.1, $1)) }
print(maxMin)
let flattened = [[1, 2], [3], [4, 5]].reduce([], +)
print(flattened)
