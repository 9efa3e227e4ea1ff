let letters = (0..<26).map { Character(UnicodeScalar(UInt8(97 + $0))) }
print(String(letters))
print(letters[7], letters[25])
let word = "swift"
let positions = word.compactMap { $0.asciiValue }.map { Int($0) - 96 }
print(positions)
print(positions.reduce(0, +))
let upper = word.compactMap { $0.asciiValue }.map { Character(UnicodeScalar($0 - 32)) }
print(String(upper))
let digits = "4096".compactMap { $0.wholeNumberValue }
print(digits)
print(Character("9").asciiValue! - Character("0").asciiValue!)
