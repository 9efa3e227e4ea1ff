func groupBy<T, K: Hashable>(_ items: [T], key: (T) -> K) -> [K: [T]] {
    var out: [K: [T]] = [:]
    for x in items {
        out[key(x), default: []].append(x)
    }
    return out
}

func countBy<T, K: Hashable & Comparable>(_ items: [T], key: (T) -> K) -> [(K, Int)] {
    groupBy(items, key: key).map { ($0.key, $0.value.count) }.sorted { $0.0 < $1.0 }
}

let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
let byLetter = groupBy(words) { $0.first! }
for k in byLetter.keys.sorted() {
    print(k, byLetter[k]!)
}
print(countBy(words) { $0.count })
print(countBy([1, 2, 3, 4, 5, 6, 7]) { $0 % 3 })
