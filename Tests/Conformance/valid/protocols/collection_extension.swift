extension Collection {
    var second: Element? {
        guard count > 1 else { return nil }
        return self[index(after: startIndex)]
    }

    func chunked(_ size: Int) -> [[Element]] {
        var result: [[Element]] = []
        var current: [Element] = []
        for x in self {
            current.append(x)
            if current.count == size {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}

extension Sequence where Element: Numeric {
    func total() -> Element { reduce(0, +) }
}

print([10, 20, 30].second as Any)
print("hey".second as Any)
print([Int]().second as Any)
print(Array(1...7).chunked(3))
print("abcde".chunked(2).map { String($0) })
print([1.5, 2.5].total())
print((1...100).total())
