let a = [1, 2, 3]
print(a[0])
print(a[5])
