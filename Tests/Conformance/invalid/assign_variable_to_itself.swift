var total = 10
let bonus = 5
total = total
print(total + bonus)
