let stock = ["pens": 12, "pads": 4, "clips": 100, "tape": 0]
print(stock.keys.sorted())
print(stock.values.sorted())
print(stock.values.reduce(0, +))
let inStock = stock.filter { $0.value > 0 }
print(inStock.keys.sorted())
let doubled = stock.mapValues { $0 * 2 }
for key in doubled.keys.sorted() {
    print(key, doubled[key]!)
}
let sortedPairs = stock.sorted { $0.key < $1.key }
print(sortedPairs.map { $0.value })
print(stock.contains { $0.value == 0 })
print(stock.keys.contains("pads"))
