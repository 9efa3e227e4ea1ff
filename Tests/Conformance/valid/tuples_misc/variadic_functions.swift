func average(_ numbers: Double...) -> Double {
    guard !numbers.isEmpty else { return 0 }
    return numbers.reduce(0, +) / Double(numbers.count)
}

func joinAll(_ parts: String..., separator: String = ", ") -> String {
    parts.joined(separator: separator)
}

func tally(_ label: String, _ values: Int...) -> String {
    "\(label): \(values.count) values, sum \(values.reduce(0, +))"
}

print(average(1, 2, 3, 4))
print(average(2.5))
print(average())
print(joinAll("a", "b", "c"))
print(joinAll("x", "y", separator: "+"))
print(joinAll())
print(tally("empty"))
print(tally("some", 4, 5, 6))
print(max(3, 8, 1, 9, 2), min(2.5, -1.0, 0.5))
