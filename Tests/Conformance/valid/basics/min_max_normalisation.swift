let raw: [Double] = [12, 15, 9, 30, 21]
let lo = raw.min()!
let hi = raw.max()!
let normalised = raw.map { ($0 - lo) / (hi - lo) }
print(normalised)
let total = raw.reduce(0, +)
let shares = raw.map { $0 / total }
print(shares)
print(shares.reduce(0, +))
let percents = shares.map { Int(($0 * 100).rounded()) }
print(percents)
