let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
let byLetter = Dictionary(grouping: words, by: { $0.first! })
for letter in byLetter.keys.sorted() {
    print(letter, byLetter[letter]!)
}
let numbers = Array(1...10)
let parity = Dictionary(grouping: numbers) { $0 % 2 == 0 ? "even" : "odd" }
print(parity["even"]!, parity["odd"]!)
let byLength = Dictionary(grouping: words, by: \.count)
print(byLength.keys.sorted())
print(byLength[6]!.sorted())
