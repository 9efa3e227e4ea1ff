let fruits = ["apple", "banana"]
let i: String = "0"
let f: String = fruits[i]
print(f)
