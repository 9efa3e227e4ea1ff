let stock = ["apple": 5, "pear": 2]
let apples = stock["apple"]
let doubled: Int = apples + apples
print(doubled)
