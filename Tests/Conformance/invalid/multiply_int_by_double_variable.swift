let price = 4.99
var quantity = 3
quantity += 1
let cost = price * quantity
print(cost)
