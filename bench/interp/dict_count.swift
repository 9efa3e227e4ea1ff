// dict_count: counts[k, default: 0] += 1 over a few thousand Int keys drawn from an LCG.
var seed = 42
func next() -> Int {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed
}
var counts: [Int: Int] = [:]
for _ in 0..<4_000_000 {
    let k = next() % 5_000
    counts[k, default: 0] += 1
}
var checksum = counts.count
for (k, v) in counts {
    checksum += k * v
}
print(checksum)
