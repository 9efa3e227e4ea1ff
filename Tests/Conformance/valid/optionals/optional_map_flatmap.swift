let text: String? = "42"
let number = text.map { Int($0) }
print(number as Any)
let flat = text.flatMap { Int($0) }
print(flat as Any)
let none: String? = nil
print(none.map { $0.count } as Any)
print(text.map { $0 + "!" } as Any)
let doubled = flat.map { $0 * 2 } ?? 0
print(doubled)
let bad: String? = "x"
print(bad.flatMap { Int($0) } as Any)
print(Optional(3).map { Double($0) / 2 } as Any)
