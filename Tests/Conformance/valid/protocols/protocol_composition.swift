protocol Priced {
    var price: Double { get }
}

protocol Weighted {
    var kilograms: Double { get }
}

struct Parcel: Priced, Weighted {
    var price: Double
    var kilograms: Double
}

struct Crate: Priced, Weighted {
    var price: Double
    var kilograms: Double
    var fragile: Bool
}

func shippingQuote(for item: Priced & Weighted) -> String {
    let cost = item.kilograms * 2 + item.price * 0.05
    return "item of \(item.kilograms) kg costs \(cost) to ship"
}

print(shippingQuote(for: Parcel(price: 40, kilograms: 1.5)))
print(shippingQuote(for: Crate(price: 200, kilograms: 12, fragile: true)))

let load: [any Priced & Weighted] = [Parcel(price: 10, kilograms: 2), Crate(price: 50, kilograms: 8, fragile: false)]
print(load.map(\.kilograms).reduce(0, +))
func heaviest<T: Priced & Weighted>(_ xs: [T]) -> Double {
    xs.max { $0.kilograms < $1.kilograms }!.price
}
print(heaviest([Parcel(price: 1, kilograms: 3), Parcel(price: 2, kilograms: 9)]))
