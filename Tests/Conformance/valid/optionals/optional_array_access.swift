extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
let items = ["zero", "one", "two"]
print(items[safe: 1] as Any)
print(items[safe: 5] as Any)
print(items[safe: -1] ?? "out of range")
let indices = [0, 2, 4]
print(indices.map { items[safe: $0] ?? "-" })
print(items.first?.uppercased() as Any)
let none: [String] = []
print(none.last?.count as Any)
