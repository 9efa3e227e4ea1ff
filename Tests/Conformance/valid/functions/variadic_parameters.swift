func sum(_ numbers: Int...) -> Int {
    numbers.reduce(0, +)
}
print(sum())
print(sum(1))
print(sum(1, 2, 3, 4))
func average(_ values: Double...) -> Double {
    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
}
print(average(1, 2, 3, 4))
print(average())
func log(_ level: String, _ parts: Any..., separator: String = " ") {
    print("[\(level)]", parts.map { "\($0)" }.joined(separator: separator))
}
log("info", "started", 3, "workers")
log("warn", 1.5, true, separator: ", ")
