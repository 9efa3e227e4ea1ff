let word = "swift"
let n = word.count()
print(n)
