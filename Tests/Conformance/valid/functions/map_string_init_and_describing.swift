let values: [Any] = [1, 2.5, "three", true]
print(values.map { String(describing: $0) })
let ints = [10, 20, 30]
print(ints.map(String.init).joined(separator: ", "))
print(ints.map { String($0, radix: 2) })
let doubles = [1.0, 0.5, 2.25]
print(doubles.map { String($0) })
print(doubles.map { "\($0)" }.joined())
let bools = [true, false]
print(bools.map(String.init))
