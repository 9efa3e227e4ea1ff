struct Item { let name: String; let price: Double? }
let catalog = [Item(name: "pen", price: 1.5), Item(name: "map", price: nil), Item(name: "bag", price: 24.0)]
let priced = catalog.filter { $0.price != nil }
print(priced.map(\.name))
let total = catalog.reduce(0.0) { $0 + ($1.price ?? 0) }
print(total)
let cheapest = catalog.compactMap { item in item.price.map { (item.name, $0) } }.min { $0.1 < $1.1 }
print(cheapest as Any)
let unknown = catalog.first { $0.price == nil }?.name
print(unknown ?? "all priced")
let missing = catalog.first { $0.name == "car" }?.price ?? nil
print(missing as Any)
