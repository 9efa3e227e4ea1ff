let measurements = [2.5, 3.5]
let mean = measurements.reduce(0, +) / Double(measurements.count)
print("mean:", mean, "rounded:", Int(mean.rounded()))
let none: [Double] = []
let bad = none.reduce(0, +) / Double(none.count)
print("bad mean is NaN:", bad.isNaN)
print(Int(bad))
