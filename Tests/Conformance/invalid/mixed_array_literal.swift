let label = "values"
let mixed = [1, "two", 3.0]
print(label, mixed.count)
