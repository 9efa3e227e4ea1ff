import Foundation

extension Array where Element == Double {
    var mean: Double { reduce(0, +) / Double(count) }

    var median: Double {
        let s = sorted()
        let mid = s.count / 2
        return s.count % 2 == 0 ? (s[mid - 1] + s[mid]) / 2 : s[mid]
    }

    var variance: Double {
        let m = mean
        return map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(count - 1)
    }

    var standardDeviation: Double { variance.squareRoot() }

    func zScores() -> [Double] {
        let m = mean, s = standardDeviation
        return map { ($0 - m) / s }
    }

    func percentile(_ p: Double) -> Double {
        let s = sorted()
        let rank = p / 100 * Double(s.count - 1)
        let lo = Int(rank.rounded(.down))
        let hi = Swift.min(lo + 1, s.count - 1)
        return s[lo] + (s[hi] - s[lo]) * (rank - Double(lo))
    }
}

let heights = [172.0, 165.5, 180.2, 158.0, 175.3, 169.9, 190.1, 162.4]
print("count:", heights.count)
print("mean:", String(format: "%.3f", heights.mean))
print("median:", heights.median)
print("variance:", String(format: "%.3f", heights.variance))
print("std:", String(format: "%.3f", heights.standardDeviation))
print("p25:", String(format: "%.2f", heights.percentile(25)))
print("p90:", String(format: "%.2f", heights.percentile(90)))
let z = heights.zScores().map { String(format: "%.2f", $0) }
print(z.joined(separator: " "))
print([1.0, 2.0, 3.0, 4.0].median)
