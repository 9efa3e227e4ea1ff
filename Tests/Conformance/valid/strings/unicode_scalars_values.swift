let word = "Añø€"
for scalar in word.unicodeScalars {
    print(scalar, scalar.value, String(scalar.value, radix: 16))
}
print(word.utf8.map { $0 })
print(Array(word.utf16))
let fromScalars = String(String.UnicodeScalarView([Unicode.Scalar(72)!, Unicode.Scalar(105)!]))
print(fromScalars)
print("A".unicodeScalars.first!.value + 1)
print(Character(Unicode.Scalar(0x1F680)!))
print(Unicode.Scalar(65)!.properties.isAlphabetic)
