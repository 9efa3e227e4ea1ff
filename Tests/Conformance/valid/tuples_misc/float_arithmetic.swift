import Foundation

let third = Float(1) / 3
print(third)
print(Float.pi)
let f: Float = 0.1
print(f + 0.2)
print(Float(2).squareRoot())
print(Float(10) / 4)
let values: [Float] = [1.5, 2.25, 3.125]
print(values.reduce(0, +))
print(values.map { $0 * 2 })
print(Float(3.14159265358979))
print(Double(Float(0.1)))
print(Float(16777217))
print(Float(1e10))
print(Float(123.456))
print(Float(1) / 7 * 7)
