let rowDots = (a * b).sum(1)
expect(rowDots[0] == 6.0 && rowDots[1] == 70.0, "row-wise dot products")
rowDots
