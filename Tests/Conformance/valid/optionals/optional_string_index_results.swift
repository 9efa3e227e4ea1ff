let text = "key=value"
if let eq = text.firstIndex(of: "=") {
    print(text[..<eq], text[text.index(after: eq)...])
}
print(text.firstIndex(of: "#") == nil)
let digits = "abc123def"
let firstDigit = digits.first(where: \.isNumber)
print(firstDigit as Any)
print(digits.last(where: \.isLetter) as Any)
let n = digits.firstIndex(where: \.isNumber).map { digits.distance(from: digits.startIndex, to: $0) }
print(n as Any)
print(digits.lastIndex(of: "z") as Any)
