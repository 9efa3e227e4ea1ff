import Foundation

let xs: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
let ys: [Double] = [3.1, 4.9, 7.2, 8.8, 11.1, 13.0, 14.8, 17.1]

func loss(w: Double, b: Double) -> Double {
    var total = 0.0
    for (x, y) in zip(xs, ys) {
        let err = w * x + b - y
        total += err * err
    }
    return total / Double(xs.count)
}

var w = 0.0
var b = 0.0
let learningRate = 0.01
let n = Double(xs.count)

for epoch in 1...500 {
    var gradW = 0.0, gradB = 0.0
    for (x, y) in zip(xs, ys) {
        let err = w * x + b - y
        gradW += 2 * err * x / n
        gradB += 2 * err / n
    }
    w -= learningRate * gradW
    b -= learningRate * gradB
    if epoch == 1 || epoch % 100 == 0 {
        print(String(format: "epoch %3d  loss %.5f  w %.4f  b %.4f", epoch, loss(w: w, b: b), w, b))
    }
}
let prediction = w * 10 + b
print(String(format: "prediction at x=10: %.3f", prediction))
