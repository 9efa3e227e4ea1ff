// sort_closure: sorting an array of (id, score) tuples with a closure comparator, several times.
var seed = 3
var items: [(Int, Int)] = []
for id in 0..<200_000 {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    items.append((id, seed % 1_000))
}
var checksum = 0
for round in 0..<2 {
    let ascending = items.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
    let descending = items.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }
    for i in stride(from: 0, to: items.count, by: 97) {
        checksum = (checksum * 31 + ascending[i].0) % 1_000_000_007
        checksum = (checksum * 31 + descending[i].0) % 1_000_000_007
    }
    items[round] = (items[round].0, (items[round].1 + 500) % 1_000)
}
print(checksum)
