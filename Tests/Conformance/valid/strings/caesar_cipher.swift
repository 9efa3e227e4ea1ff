func shift(_ c: Character, by k: Int) -> Character {
    guard let ascii = c.asciiValue, c.isLetter else { return c }
    let base: UInt8 = c.isUppercase ? 65 : 97
    let shifted = (Int(ascii - base) + k % 26 + 26) % 26
    return Character(UnicodeScalar(base + UInt8(shifted)))
}
func caesar(_ s: String, _ k: Int) -> String {
    String(s.map { shift($0, by: k) })
}
let secret = caesar("Hello, World!", 3)
print(secret)
print(caesar(secret, -3))
print(caesar("xyz ABC", 4))
print(caesar("rot thirteen", 13))
