let sales = [("north", 120.0), ("south", 80.5), ("north", 30.0), ("east", 55.25), ("south", 19.5)]
let totals = sales.reduce(into: [String: Double]()) { acc, sale in
    acc[sale.0, default: 0] += sale.1
}
for region in totals.keys.sorted() {
    print(region, totals[region]!)
}
let lengths = ["a", "bb", "cc", "ddd"].reduce(into: [Int: Int]()) { $0[$1.count, default: 0] += 1 }
print(lengths.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
