func allEqual<C: Collection>(_ c: C) -> Bool where C.Element: Equatable {
    guard let first = c.first else { return true }
    return c.allSatisfy { $0 == first }
}

func commonPrefix<A: Sequence, B: Sequence>(_ a: A, _ b: B) -> [A.Element]
    where A.Element == B.Element, A.Element: Equatable {
    var result: [A.Element] = []
    for (x, y) in zip(a, b) {
        if x != y { break }
        result.append(x)
    }
    return result
}

print(allEqual([1, 1, 1]))
print(allEqual([1, 2, 1]))
print(allEqual("aaaa"))
print(allEqual([String]()))
print(commonPrefix([1, 2, 3, 4], [1, 2, 5]))
print(String(commonPrefix("swiftly", "swimming")))
print(commonPrefix(["a", "b"], ["c"]))
