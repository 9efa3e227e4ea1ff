let text = """
the quick brown fox jumps over the lazy dog the fox
"""
var counts: [String: Int] = [:]
for word in text.split(separator: " ") {
    counts[String(word), default: 0] += 1
}
for word in counts.keys.sorted() {
    print(word, counts[word]!)
}
let top = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
print(top.prefix(3).map { "\($0.key)=\($0.value)" })
print("distinct:", counts.count)
