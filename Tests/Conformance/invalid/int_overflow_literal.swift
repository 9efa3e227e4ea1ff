let small: Int8 = 100
let big: Int8 = 300
print(small, big)
