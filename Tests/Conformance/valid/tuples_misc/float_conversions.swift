let d = 2.718281828459045
let f = Float(d)
print(f)
print(Double(f) == d)
print(Int(f))
print(Float(7) / Float(2))
let x: Float = 1e-3
print(x)
print(x * 1000)
let big: Float = 3.4e38
print(big)
print(Float(0.5) + Float(0.25))
let mixed = Double(Float(1.1)) + 1.1
print(mixed)
print(Float(100).description)
print("\(Float(2) / 3)")
