struct Inventory {
    var items: [String: Int] = [:]
    var log: [String] = []
}

func restock(_ inv: inout Inventory, item: String, amount: Int) {
    inv.items[item, default: 0] += amount
    inv.log.append("+\(amount) \(item)")
}

func sell(_ inv: inout Inventory, item: String) -> Bool {
    guard let n = inv.items[item], n > 0 else {
        inv.log.append("no \(item)")
        return false
    }
    inv.items[item] = n - 1
    inv.log.append("-1 \(item)")
    return true
}

var shop = Inventory()
let before = shop
restock(&shop, item: "tea", amount: 2)
restock(&shop, item: "jam", amount: 1)
print(sell(&shop, item: "tea"))
print(sell(&shop, item: "jam"))
print(sell(&shop, item: "jam"))
print(shop.log)
for key in shop.items.keys.sorted() {
    print(key, shop.items[key]!)
}
print(before.log.count, before.items.isEmpty)
