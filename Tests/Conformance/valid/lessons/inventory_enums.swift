enum Category: String, CaseIterable {
    case produce, dairy, bakery, frozen
}

struct Item {
    let name: String
    let category: Category
    var quantity: Int
    let unitPrice: Double

    var value: Double { Double(quantity) * unitPrice }
}

var inventory: [String: Item] = [:]
func add(_ item: Item) {
    if var existing = inventory[item.name] {
        existing.quantity += item.quantity
        inventory[item.name] = existing
    } else {
        inventory[item.name] = item
    }
}

add(Item(name: "apple", category: .produce, quantity: 40, unitPrice: 0.3))
add(Item(name: "milk", category: .dairy, quantity: 12, unitPrice: 1.1))
add(Item(name: "bread", category: .bakery, quantity: 8, unitPrice: 2.5))
add(Item(name: "apple", category: .produce, quantity: 10, unitPrice: 0.3))
add(Item(name: "cheese", category: .dairy, quantity: 5, unitPrice: 4.5))
add(Item(name: "peas", category: .frozen, quantity: 0, unitPrice: 1.75))

for name in inventory.keys.sorted() {
    let item = inventory[name]!
    print(name, item.category.rawValue, item.quantity, item.value)
}

var byCategory: [Category: [Item]] = [:]
for item in inventory.values {
    byCategory[item.category, default: []].append(item)
}
for cat in Category.allCases {
    let items = byCategory[cat] ?? []
    let value = items.reduce(0) { $0 + $1.value }
    print("\(cat): \(items.count) items, value \(value)")
}
let outOfStock = inventory.values.filter { $0.quantity == 0 }.map(\.name).sorted()
print("out of stock:", outOfStock)
let mostValuable = inventory.values.max { $0.value < $1.value }!
print("most valuable:", mostValuable.name)
