let a: Int? = 3
let b: String? = nil
print("a is \(a)")
print("b is \(b)")
print("a or zero: \(a ?? 0)")
print("described: \(String(describing: b))")
print("list: \([a, nil])")
let c: Double? = 1.5
print("c = \(c!)")
