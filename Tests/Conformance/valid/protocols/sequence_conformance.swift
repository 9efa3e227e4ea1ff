struct Countdown: Sequence, IteratorProtocol {
    var current: Int

    mutating func next() -> Int? {
        if current <= 0 { return nil }
        defer { current -= 1 }
        return current
    }
}

for n in Countdown(current: 3) {
    print(n)
}
print(Array(Countdown(current: 5)))
print(Countdown(current: 4).map { $0 * $0 })
print(Countdown(current: 10).filter { $0 % 3 == 0 })
print(Countdown(current: 6).reduce(0, +))
print(Countdown(current: 0).contains(1))

struct Fib: Sequence {
    func makeIterator() -> AnyIterator<Int> {
        var (a, b) = (0, 1)
        return AnyIterator {
            defer { (a, b) = (b, a + b) }
            return a
        }
    }
}
print(Array(Fib().prefix(10)))
