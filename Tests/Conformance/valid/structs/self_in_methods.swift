struct Range2D {
    var low: Int
    var high: Int

    func contains(_ value: Int) -> Bool {
        value >= self.low && value <= self.high
    }

    func overlaps(_ other: Range2D) -> Bool {
        self.low <= other.high && other.low <= self.high
    }

    func merged(with other: Range2D) -> Range2D {
        Range2D(low: Swift.min(low, other.low), high: Swift.max(high, other.high))
    }

    var width: Int { high - low }
}

let a = Range2D(low: 1, high: 5)
let b = Range2D(low: 4, high: 10)
let c = Range2D(low: 11, high: 12)
print(a.contains(3), a.contains(6))
print(a.overlaps(b), a.overlaps(c))
let m = a.merged(with: c)
print(m.low, m.high, m.width)
