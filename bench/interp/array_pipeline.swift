// array_pipeline: append N LCG values to an array in a loop, then map / filter / reduce over it.
var seed = 7
var values: [Int] = []
for _ in 0..<600_000 {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    values.append(seed % 10_000)
}
var checksum = 0
for round in 0..<8 {
    let scaled = values.map { $0 * 3 + round }
    let kept = scaled.filter { $0 % 7 != 0 }
    let total = kept.reduce(0) { $0 + $1 }
    checksum += total % 1_000_003 + kept.count
}
print(checksum)
