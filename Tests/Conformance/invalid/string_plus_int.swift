let label = "Total: "
let total = 42
let line = label + total
print(line)
