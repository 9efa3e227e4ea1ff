let zero = Int("0")!
print(10 / zero)
