var f: Float = 0
var d: Double = 0
for _ in 0..<10 {
    f += 0.1
    d += 0.1
}
print(f)
print(d)
print(f == 1.0, d == 1.0)
print(Float(0.1) == 0.1)
print(Double(Float(0.1)))
print(Float.ulpOfOne)
print(Double.ulpOfOne)
print(Float(1) + Float.ulpOfOne / 2 == 1)
print(Float.greatestFiniteMagnitude)
print(Float(16_777_216) + 1)
print(Double(16_777_216) + 1)
print(Float.leastNonzeroMagnitude)
print(abs(d - 1.0) < 1e-9)
