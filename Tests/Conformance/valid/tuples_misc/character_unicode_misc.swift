let c: Character = "A"
print(c.asciiValue!)
print(Character(UnicodeScalar(98)))
print(c.isLetter, c.isUppercase, c.isNumber)
print(Character("7").wholeNumberValue!)
print("é".count, "é".unicodeScalars.count)
let scalars = "Hi!".unicodeScalars.map { $0.value }
print(scalars)
print(String(UnicodeScalar(0x1F600)!).count)
print(Character("a") < Character("b"))
print(String(repeating: "ab", count: 3))
print("x".uppercased(), Character("Q").lowercased())
