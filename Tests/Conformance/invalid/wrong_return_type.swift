func average(_ values: [Double]) -> Int {
    let sum = values.reduce(0, +)
    return sum / Double(values.count)
}

print(average([1, 2, 3]))
