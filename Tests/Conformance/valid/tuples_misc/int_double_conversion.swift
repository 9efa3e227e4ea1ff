import Foundation

let count = 7
let total = 23.5
print(total / Double(count))
print(Int(total) / count)
print(Double(count) * 1.5)
print(Int(total.rounded(.down)))
print(Int(exactly: 3.0) as Any)
print(Int(exactly: 3.5) as Any)
print(Double("2.5")! + 1)
print(Int("42")! * 2)
print(Int("4.2") as Any)
print(Double("abc") as Any)
let avg = Double([3, 4, 5].reduce(0, +)) / 3
print(avg)
print(Double(1 << 10))
print(Int(-7.9), Int(7.9))
