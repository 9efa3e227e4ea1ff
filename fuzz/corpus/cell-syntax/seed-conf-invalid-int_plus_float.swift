let base: Int = 10
let factor: Float = 1.5
let scaled = base + factor
print(scaled)
