let size = (width: 3, height: 4)
print(size.width)
print(size.depth)
