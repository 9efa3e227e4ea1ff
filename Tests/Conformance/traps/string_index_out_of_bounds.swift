let word = "swift"
let third = word.index(word.startIndex, offsetBy: 2)
print(word[third])
let last = word.index(before: word.endIndex)
print(word[last])
print("reading past the end")
print(word[word.endIndex])
