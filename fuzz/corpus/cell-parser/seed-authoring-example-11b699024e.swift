func meanSquaredError(slope: Double, intercept: Double) -> Double {
    var total = 0.0
    for (x, y) in zip(xs, ys) {
        let error = slope * x + intercept - y
        total += error * error
    }
    return total / Double(xs.count)
}
meanSquaredError(slope: 0, intercept: 0)
