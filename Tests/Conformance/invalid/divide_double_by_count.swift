let scores = [88.5, 92.0, 79.5]
var total = 0.0
for s in scores {
    total += s
}
let count = scores.count
let average = total / count
print(average)
