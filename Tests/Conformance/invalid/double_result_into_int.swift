let width = 7
let half: Int = Double(width) / 2
print(half)
