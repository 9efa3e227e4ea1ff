var x = Int.max - 1
x += 1
print(x)
x += 1
