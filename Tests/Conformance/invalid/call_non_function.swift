let rate = 0.25
let amount = 200.0
let fee = rate(amount)
print(fee)
