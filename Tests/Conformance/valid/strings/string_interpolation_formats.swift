let pi = 3.14159
let n = 7
print("pi is about \(pi)")
print("rounded: \((pi * 100).rounded() / 100)")
print("int: \(n), double: \(Double(n)), half: \(Double(n) / 2)")
print("expr: \(n * n + 1)")
print("array: \([1.5, 2.0])")
print("optional: \(String(describing: Int("5")))")
print("char: \(Character("q"))")
print("range: \(1..<4)")
print("closed: \(1...4)")
print("negative: \(-n)")
