func process(_ values: [Int]) -> String {
    guard !values.isEmpty else { return "empty" }
    guard let first = values.first, first >= 0 else { return "starts negative" }
    guard values.count <= 5 else { return "too many" }
    let total = values.reduce(0, +)
    return "ok: \(total)"
}
print(process([]))
print(process([-1, 2]))
print(process([1, 2, 3, 4, 5, 6]))
print(process([1, 2, 3]))
for n in 1...6 {
    guard n % 2 == 0 else { continue }
    print("even", n)
}
