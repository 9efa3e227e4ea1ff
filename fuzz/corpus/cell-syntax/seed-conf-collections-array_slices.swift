let a = [10, 20, 30, 40, 50]
print(a[1..<3])
print(a[..<2])
print(a[3...])
print(a[1...3])
let slice = a[2...]
print(slice.startIndex, slice.first!, slice[2])
print(Array(slice))
print(a.prefix(2), a.suffix(2))
print(a.dropFirst(), a.dropLast(3))
print(a[1..<4].reduce(0, +))
var b = a
b[1..<3] = [0]
print(b)
b.replaceSubrange(0..<1, with: [7, 8, 9])
print(b)
