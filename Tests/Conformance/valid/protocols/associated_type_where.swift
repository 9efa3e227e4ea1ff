protocol Source {
    associatedtype Value
    func values() -> [Value]
}

struct Fixed<T>: Source {
    let items: [T]
    func values() -> [T] { items }
}

struct Counter: Source {
    let upTo: Int
    func values() -> [Int] { Array(1...upTo) }
}

func sameValues<A: Source, B: Source>(_ a: A, _ b: B) -> Bool
    where A.Value == B.Value, A.Value: Equatable {
    a.values() == b.values()
}

extension Source where Value: Numeric {
    func total() -> Value { values().reduce(0, +) }
}

extension Source where Value == String {
    func sentence() -> String { values().joined(separator: " ") }
}

print(sameValues(Fixed(items: [1, 2, 3]), Counter(upTo: 3)))
print(sameValues(Fixed(items: [1, 2]), Counter(upTo: 3)))
print(Counter(upTo: 10).total())
print(Fixed(items: [0.5, 1.25]).total())
print(Fixed(items: ["all", "good"]).sentence())
