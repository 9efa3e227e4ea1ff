func row(_ n: Int) -> [String] {
    print("row of \(n)")
    return Array(repeating: "#", count: n)
}
print(row(3).joined())
print(row(0).joined())
print(row(-1).joined())
