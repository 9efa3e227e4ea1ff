func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    let mid = s.count / 2
    return s.count % 2 == 0 ? (s[mid - 1] + s[mid]) / 2 : s[mid]
}
func mode(_ xs: [Double]) -> Double {
    var counts: [Double: Int] = [:]
    for x in xs { counts[x, default: 0] += 1 }
    return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
}
let data: [Double] = [3, 7, 7, 2, 9, 4, 7, 2]
print(mean(data))
print(median(data))
print(median([5, 1, 3]))
print(mode(data))
print(mean([0.1, 0.2, 0.3]))
