let xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs.prefix(while: { $0 < 5 }))
print(xs.drop(while: { $0 < 5 }))
print(xs.split(separator: 1))
print(xs.lexicographicallyPrecedes([3, 1, 5]))
print(xs.sorted().firstIndex(of: 4)!)
var ys = xs
let pivot = ys.partition { $0 > 4 }
print(ys[..<pivot].sorted(), ys[pivot...].sorted())
print(xs.filter { $0 == 1 }.count)
