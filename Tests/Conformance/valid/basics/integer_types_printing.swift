let a: Int8 = -100
let b: UInt16 = 65_000
let c: Int64 = -9_000_000_000
let d: UInt = 42
print(a, b, c, d)
print(type(of: a), type(of: b), type(of: c), type(of: d))
print(a.description, b.description)
print("\(a) \(b) \(c)")
print(Int(a) + Int(b))
print(UInt8(exactly: 256) as Any, UInt8(exactly: 255) as Any)
print(Int32(-7) / 2, Int32(-7) % 2)
print(UInt32(7) / 2, UInt32(7) % 2)
print(Int16.max &+ 1, UInt16.max &+ 1)
