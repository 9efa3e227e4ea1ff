func signature(_ word: String) -> String {
    String(word.lowercased().filter { $0.isLetter }.sorted())
}
let pairs = [("listen", "silent"), ("Dormitory", "dirty room"), ("apple", "paple"), ("abc", "abd")]
for (a, b) in pairs {
    print(a, b, signature(a) == signature(b))
}
let words = ["tea", "eat", "ate", "tan", "nat", "bat"]
var groups: [String: [String]] = [:]
for w in words { groups[signature(w), default: []].append(w) }
for key in groups.keys.sorted() {
    print(key, groups[key]!)
}
