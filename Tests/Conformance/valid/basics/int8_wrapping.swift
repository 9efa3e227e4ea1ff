var temperature: Int8 = 120
for step in 1...5 {
    temperature = temperature &+ 3
    print("step \(step): \(temperature)")
}
let low: Int8 = -128
print(low &- 1)
print(0 &- low)
print(Int8(bitPattern: 200))
print(UInt8(bitPattern: -1))
print(Int16(Int8.min) - 1)
