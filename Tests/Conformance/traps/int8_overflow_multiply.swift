var level: Int8 = 1
for step in 1...10 {
    level *= 2
    print("step \(step): \(level)")
}
