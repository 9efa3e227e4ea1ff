let c: Character = "A"
print(c)
print(c.isLetter, c.isUppercase, c.isNumber)
print(c.asciiValue!)
print(Character("7").wholeNumberValue!)
print(Character("z").isLowercase)
print(Character(" ").isWhitespace)
print(Character("!").isPunctuation)
print(c.lowercased())
let word = "Swift"
for ch in word {
    print(ch, terminator: "-")
}
print()
print(Character(UnicodeScalar(97)))
print(word.first!, word.last!)
