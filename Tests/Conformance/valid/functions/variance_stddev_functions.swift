import Foundation

func variance(_ xs: [Double], sample: Bool = false) -> Double {
    let m = xs.reduce(0, +) / Double(xs.count)
    let ss = xs.reduce(0) { $0 + ($1 - m) * ($1 - m) }
    return ss / Double(sample ? xs.count - 1 : xs.count)
}
func stddev(_ xs: [Double], sample: Bool = false) -> Double {
    sqrt(variance(xs, sample: sample))
}
let heights: [Double] = [160, 172, 181, 167, 175]
print(variance(heights))
print(variance(heights, sample: true))
print(stddev(heights))
print(stddev(heights, sample: true))
print(String(format: "%.3f", stddev(heights)))
