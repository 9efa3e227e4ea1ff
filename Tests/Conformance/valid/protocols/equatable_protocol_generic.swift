func countMatches<T: Equatable>(_ items: [T], _ target: T) -> Int {
    items.filter { $0 == target }.count
}

func deduplicated<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    var out: [T] = []
    for x in items where !seen.contains(x) {
        seen.insert(x)
        out.append(x)
    }
    return out
}

struct Tag: Hashable {
    let name: String
}

print(countMatches([1, 2, 1, 1], 1))
print(countMatches(["a", "b"], "z"))
print(deduplicated([3, 1, 3, 2, 1]))
print(deduplicated(["x", "y", "x"]))
print(deduplicated([Tag(name: "a"), Tag(name: "b"), Tag(name: "a")]).map(\.name))
