let count = 3
let mean = 10.0 / count
print(mean)
