let numbers = [4, 8, 15]
let total = numbers.reduce(0, +)
print(total)
print(numbers.sum())
