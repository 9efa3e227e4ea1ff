import Foundation

let text = "the cat sat on the mat"
print(text.replacingOccurrences(of: "at", with: "og"))
print(text.replacingOccurrences(of: "the ", with: ""))
print(text.replacingOccurrences(of: "xyz", with: "!"))
print("a-b-c".replacingOccurrences(of: "-", with: " + "))
print("Hello".replacingOccurrences(of: "l", with: "L"))
let template = "Dear {name}, your total is {total}."
let filled = template
    .replacingOccurrences(of: "{name}", with: "Kim")
    .replacingOccurrences(of: "{total}", with: "12.50")
print(filled)
print(text.replacingOccurrences(of: "THE", with: "a", options: .caseInsensitive))
