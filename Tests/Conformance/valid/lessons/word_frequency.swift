import Foundation

let text = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick fox, a lazy dog, and the end.
"""

let words = text.lowercased()
    .split { !$0.isLetter }
    .map(String.init)

print("words:", words.count)
var freq: [String: Int] = [:]
for w in words {
    freq[w, default: 0] += 1
}
print("distinct:", freq.count)

let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
for (word, count) in top {
    let bar = String(repeating: "#", count: count)
    print(word.padding(toLength: 6, withPad: " ", startingAt: 0) + "\(count) \(bar)")
}

let byLength = Dictionary(grouping: freq.keys, by: { $0.count })
for len in byLength.keys.sorted() {
    print(len, byLength[len]!.sorted())
}
let longest = freq.keys.max { ($0.count, $1) < ($1.count, $0) }!
print("longest:", longest)
