var inventory = [("pen", 3, 1.5), ("book", 1, 12.0), ("cup", 3, 4.25), ("bag", 2, 20.0)]
inventory.sort { ($0.1, $0.0) < ($1.1, $1.0) }
for item in inventory {
    print(item.0, item.1, item.2)
}
let value = inventory.reduce(0.0) { $0 + Double($1.1) * $1.2 }
print(value)
let names = inventory.map { $0.0 }
print(names)
let (most, _, _) = inventory.max { $0.1 * 100 + Int($0.2) < $1.1 * 100 + Int($1.2) }!
print(most)
