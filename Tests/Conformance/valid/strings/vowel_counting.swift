let text = "Programming in Swift is enjoyable"
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
let count = text.lowercased().filter { vowels.contains($0) }.count
print("vowels:", count)
var perVowel: [Character: Int] = [:]
for ch in text.lowercased() where vowels.contains(ch) {
    perVowel[ch, default: 0] += 1
}
for v in perVowel.keys.sorted() {
    print(v, perVowel[v]!)
}
let consonants = text.filter { $0.isLetter && !vowels.contains(Character($0.lowercased())) }
print(consonants.count)
