let word = "hello"
let first = word[0]
print(first)
