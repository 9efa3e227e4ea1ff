enum E: Error { case fail }

func maybeNumber(_ s: String) throws -> Int? {
    if s == "!" { throw E.fail }
    return Int(s)
}

let a = try? maybeNumber("12")
let b = try? maybeNumber("abc")
let c = try? maybeNumber("!")
print(a as Any)
print(b as Any)
print(c as Any)
print(a == 12, b == nil, c == nil)
if let value = try? maybeNumber("40") {
    print(value + 2)
}
