let passed = true
let failed = false
let total = passed + failed
print(total)
