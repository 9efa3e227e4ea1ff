let n = 255
print(String(n))
print(String(n, radix: 16))
print(String(3.0))
print(String(0.1 + 0.2))
print(String(true))
print(String(Character("c")))
print(String([Character("h"), Character("i")]))
print(String(-0.0))
print(String(Int8(-3)))
print(String(UInt8(200)))
print(String(Float(2.5)))
print(n.description + "!")
print(String(format2: 7))
extension String {
    init(format2 value: Int) { self = "<\(value)>" }
}
