let rolls = [3, 5, 2, 3, 6, 3, 1, 5, 2, 3, 6, 6]
var counts = Array(repeating: 0, count: 7)
for r in rolls { counts[r] += 1 }
for face in 1...6 {
    let bar = String(repeating: "#", count: counts[face])
    print("\(face): \(bar) (\(counts[face]))")
}
let mostCommon = (1...6).max { counts[$0] < counts[$1] }!
print("most common:", mostCommon)
let buckets = Dictionary(grouping: [0.1, 0.45, 0.5, 0.72, 0.99, 0.3], by: { Int($0 * 4) })
for b in buckets.keys.sorted() {
    print("bucket \(b):", buckets[b]!.count)
}
