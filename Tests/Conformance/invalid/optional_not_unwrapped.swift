let input = "42"
let number = Int(input)
let doubled = number * 2
print(doubled)
