let readings: [Double] = [10, 20, 15, 25, 30, 5]
var sum = 0.0
for (i, r) in readings.enumerated() {
    sum += r
    let avg = sum / Double(i + 1)
    print("after \(i + 1): \(avg)")
}
var ema = readings[0]
let alpha = 0.5
for r in readings.dropFirst() {
    ema = alpha * r + (1 - alpha) * ema
}
print("ema:", ema)
