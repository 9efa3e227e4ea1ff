import Foundation

let phrase = "the lord of the rings"
print(phrase.capitalized)
print("hELLO wORLD".capitalized)
let small: Set<String> = ["of", "the", "and"]
let words = phrase.split(separator: " ").enumerated().map { i, w -> String in
    let word = String(w)
    return i > 0 && small.contains(word) ? word : word.capitalized
}
print(words.joined(separator: " "))
print("snake_case_name".split(separator: "_").map { $0.capitalized }.joined())
