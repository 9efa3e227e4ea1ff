let scores = [88, 92, 75]
print("count:", scores.count)
for i in 0..<scores.count {
    print("score \(i):", scores[i])
}
let next = scores.count
print("reading index \(next)")
print(scores[next])
print("unreachable")
