let votes = ["red", "blue", "red", "green", "blue", "red"]
var tally: [String: Int] = [:]
for v in votes {
    tally[v, default: 0] += 1
}
for color in tally.keys.sorted() {
    print(color, tally[color]!)
}
var counts = [Character: Int]()
for ch in "mississippi" {
    counts[ch] = (counts[ch] ?? 0) + 1
}
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }.joined(separator: " "))
print(tally["purple", default: 0])
let winner = tally.max { $0.value < $1.value }!
print("winner:", winner.key)
