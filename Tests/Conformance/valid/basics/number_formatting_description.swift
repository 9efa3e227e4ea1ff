let values: [Double] = [1, 10, 0.5, 1.25, 1000000, 1e7, 0.000123]
for v in values {
    print(v, v.description, "\(v)")
}
print(String(42), String(-0.75))
print(Int.max.description.count)
print(String(describing: 3.0))
print(1.0 / 8)
print(Double(Int32.max))
