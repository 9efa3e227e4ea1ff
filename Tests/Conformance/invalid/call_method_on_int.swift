let count = 5
let total = count.squareRoot()
print(total)
