//| seed: 7
let trueSlope = 2.0
let trueIntercept = 1.0
let xs = stride(from: 0.0, through: 1.0, by: 0.1)
let ys = xs.map { x in trueSlope * x + trueIntercept + Double.random(in: -1..<1) * noise }
print("\(xs.count) points; the first is (\(xs[0]), \(String(format: "%.3f", ys[0])))")
