let sentence = "Swift strings are value types"
let reversedWords = sentence.split(separator: " ").reversed().joined(separator: " ")
print(reversedWords)
let eachReversed = sentence.split(separator: " ").map { String($0.reversed()) }.joined(separator: " ")
print(eachReversed)
print(String(sentence.reversed()))
let capitalised = sentence.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
print(capitalised.joined(separator: " "))
let acronym = String(sentence.split(separator: " ").compactMap { $0.first }).uppercased()
print(acronym)
