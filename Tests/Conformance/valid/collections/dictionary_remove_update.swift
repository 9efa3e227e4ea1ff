var inventory = ["apples": 5, "pears": 2, "plums": 7]
let removed = inventory.removeValue(forKey: "pears")
print(removed as Any)
print(inventory.removeValue(forKey: "kiwis") as Any)
print(inventory.count)
inventory["apples"]! -= 1
print(inventory["apples"]!)
inventory["plums", default: 0] += 3
inventory["figs", default: 0] += 1
for k in inventory.keys.sorted() { print(k, inventory[k]!) }
if let idx = inventory.index(forKey: "figs") {
    print(inventory[idx].key, inventory[idx].value)
}
inventory.removeAll()
print(inventory.isEmpty)
