struct Money: CustomStringConvertible {
    let cents: Int
    var description: String {
        let sign = cents < 0 ? "-" : ""
        let c = abs(cents)
        return "\(sign)$\(c / 100).\(c % 100 < 10 ? "0" : "")\(c % 100)"
    }
}
struct Tag: CustomStringConvertible, CustomDebugStringConvertible {
    let name: String
    var description: String { "#\(name)" }
    var debugDescription: String { "Tag(\(name))" }
}
let prices = [Money(cents: 1999), Money(cents: 5), Money(cents: -250)]
print(prices[0])
print("total: \(Money(cents: prices.map(\.cents).reduce(0, +)))")
print(prices)
print(String(describing: prices[1]))
let t = Tag(name: "swift")
print(t)
print([t])
debugPrint(t)
print("\(t)")
print(String(reflecting: t))
print(Optional(t) as Any)
