//| timeout: 30
//| label: training
//| caption: The loss every 50 steps.
var slope = 0.0
var intercept = 0.0
var losses: [(step: Int, loss: Double)] = []
for step in 1...steps {
    var gradSlope = 0.0
    var gradIntercept = 0.0
    for (x, y) in zip(xs, ys) {
        let error = slope * x + intercept - y
        gradSlope += 2 * error * x / Double(xs.count)
        gradIntercept += 2 * error / Double(xs.count)
    }
    slope -= learningRate * gradSlope
    intercept -= learningRate * gradIntercept
    if step % 50 == 0 { losses.append((step: step, loss: meanSquaredError(slope: slope, intercept: intercept))) }
}
losses
