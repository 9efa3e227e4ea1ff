let i = 3
let d = 3.0
let f: Float = 3
let sum = 1 + 2.5
print(i, d, f, sum)
print(type(of: i), type(of: d), type(of: f), type(of: sum))
let mixed = Double(i) * d
print(mixed)
let c: Character = "x"
let s = "x"
print(type(of: c), type(of: s))
let u: UInt = 5
print(type(of: u), u)
let big = 1 << 40
print(big)
let t = (1, "one", 1.0)
print(type(of: t))
