let f: Float = 1.1
let d: Double = 1.1
print(f, d)
print(Double(f))
print(Float(d))
print(Double(f) == d)
let area = Float(2.5) * Float(2.5)
print(area)
let x: Float = 1 / 3
let y: Double = 1 / 3
print(x, y)
print(Float(16777217))
print(Double(Float.greatestFiniteMagnitude))
print(Float(1e39))
