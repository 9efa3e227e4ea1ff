struct Money: Comparable {
    var cents: Int

    static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.cents < rhs.cents
    }
}

let prices = [Money(cents: 450), Money(cents: 99), Money(cents: 1200), Money(cents: 300)]
let sorted = prices.sorted()
print(sorted.map { $0.cents })
print(prices.max()!.cents)
print(prices.min()!.cents)
print(Money(cents: 5) < Money(cents: 6))
print(Money(cents: 5) >= Money(cents: 6))
print(Money(cents: 7) <= Money(cents: 7))
print(prices.sorted(by: >).map { $0.cents })
print(Money(cents: 10) == Money(cents: 10))
