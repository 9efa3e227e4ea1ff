let letters = ["a", "b", "c", "d"]
print(letters[1..<3])
print(letters[2...])
let end = letters.count + 2
print(letters[2..<end])
