let greeting = "hello"
let answer: String = 5
print(greeting, answer)
