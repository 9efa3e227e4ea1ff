// Literals take their type from context.
let r: Double = 1 / 3
print(r)
let f: Float = 0.1
print(f * 3)
print(7 / 2 * 2.0)
let big = 1_000_000
print(big, 0xff, 0b101, -42)
let d = 2.5e3
print(d, 1e-5, 1e20, 100.0)
print(0.1 + 0.2)
let i: Int = 7
print(i / 2, i % 3, -i / 2)
print(Double(i) / 2)
print(Int.max, Int.min)
