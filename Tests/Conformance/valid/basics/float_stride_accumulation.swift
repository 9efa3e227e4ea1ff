var x = 0.0
var steps: [Double] = []
while x < 1.0 {
    steps.append(x)
    x += 0.25
}
print(steps)
var y: Float = 0
for _ in 0..<10 { y += 0.1 }
print(y)
var z = 0.0
for _ in 0..<10 { z += 0.1 }
print(z)
print(Array(stride(from: 0.0, through: 1.0, by: 0.2)))
print(Array(stride(from: 0.0, to: 0.5, by: 0.1)))
