let fruits = ["apple", "banana"]
let index = "0"
print(fruits[index])
