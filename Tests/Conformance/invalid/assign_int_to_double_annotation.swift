let apples = 12
let oranges = 8
let fruit = apples + oranges
let ratio: Double = fruit
print(ratio)
