struct Halving: Sequence, IteratorProtocol {
    var current: Int

    mutating func next() -> Int? {
        if current == 0 { return nil }
        defer { current /= 2 }
        return current
    }
}

for n in Halving(current: 20) {
    print(n)
}
print(Array(Halving(current: 100)))
print(Halving(current: 9).map { $0 * 10 })
print(Halving(current: 64).filter { $0 > 5 })
print(Halving(current: 1000).reduce(0, +))
print(Halving(current: 0).contains(1))

struct Triangular: Sequence {
    func makeIterator() -> AnyIterator<Int> {
        var n = 0, total = 0
        return AnyIterator {
            n += 1
            total += n
            return total
        }
    }
}
print(Array(Triangular().prefix(8)))
