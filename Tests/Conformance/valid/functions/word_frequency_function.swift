func wordFrequencies(_ text: String) -> [(word: String, count: Int)] {
    var counts: [String: Int] = [:]
    let words = text.lowercased().split { !$0.isLetter }
    for w in words { counts[String(w), default: 0] += 1 }
    return counts.map { (word: $0.key, count: $0.value) }
        .sorted { $0.count > $1.count || ($0.count == $1.count && $0.word < $1.word) }
}
let text = "It was the best of times, it was the worst of times; it was the age of wisdom."
let freq = wordFrequencies(text)
for entry in freq.prefix(5) {
    print(entry.word, entry.count)
}
print(freq.count)
print(freq.last!)
