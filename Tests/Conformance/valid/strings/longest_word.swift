let text = "Functional programming encourages immutable values and small functions"
let words = text.split(separator: " ").map(String.init)
let longest = words.max { $0.count < $1.count }!
print(longest)
let shortest = words.min { $0.count < $1.count }!
print(shortest)
let byLength = words.sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
print(byLength)
let avg = Double(words.map { $0.count }.reduce(0, +)) / Double(words.count)
print(avg)
print(words.filter { $0.count > 8 })
