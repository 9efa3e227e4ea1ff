let items = [3, 1, 3, 2, 1, 4, 2, 5]
var seen = Set<Int>()
var unique: [Int] = []
for x in items where !seen.contains(x) {
    seen.insert(x)
    unique.append(x)
}
print(unique)
print(Set(items).sorted())
let filtered = items.filter { seen.remove($0) != nil }
print(filtered)
let words = ["Go", "go", "Swift", "SWIFT", "rust"]
var lowered = Set<String>()
print(words.filter { lowered.insert($0.lowercased()).inserted })
