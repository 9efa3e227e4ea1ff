func histogram(_ values: [Double], bins: Int, lo: Double, hi: Double) -> [Int] {
    var counts = [Int](repeating: 0, count: bins)
    let width = (hi - lo) / Double(bins)
    for v in values {
        var i = Int((v - lo) / width)
        if i == bins { i -= 1 }
        if i >= 0 && i < bins { counts[i] += 1 }
    }
    return counts
}
let samples = [0.5, 1.2, 2.8, 3.3, 3.9, 4.0, 2.2, 1.1, 0.1, 3.5]
let h = histogram(samples, bins: 4, lo: 0, hi: 4)
print(h)
for (i, c) in h.enumerated() {
    let start = Double(i)
    print("[\(start), \(start + 1)) " + String(repeating: "*", count: c))
}
