let letters = Array("abcdefgh")
for i in stride(from: 0, to: letters.count, by: 2) {
    print(letters[i], letters[i + 1])
}
var i = letters.count - 1
var backwards = ""
while i >= 0 {
    backwards.append(letters[i])
    i -= 1
}
print(backwards)
for (i, ch) in letters.enumerated() where i % 3 == 0 {
    print(i, ch)
}
