import Foundation

for x in stride(from: 0.0, to: 1.0, by: 0.25) {
    print(x, terminator: " ")
}
print()
for x in stride(from: 10, through: 0, by: -5) {
    print(x, terminator: " ")
}
print()
print(Array(stride(from: 1, to: 10, by: 3)))
let r = 3...7
print(r.contains(5), r.contains(8))
print(r.count, r.lowerBound, r.upperBound)
print((0..<0).isEmpty)
print(r.map { $0 * $0 })
print((1...4).reversed().map { $0 })
print(Array(stride(from: 1.0, through: 2.0, by: 0.5)))
