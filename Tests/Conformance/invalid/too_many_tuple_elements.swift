let point = (3, 4, 5)
let (x, y) = point
print(x, y)
