var attempts = 0
func attempt(_ value: Int) -> Bool {
    attempts += 1
    defer { print("attempt \(attempts) done") }
    guard value > 0 else {
        print("rejected \(value)")
        return false
    }
    print("accepted \(value)")
    return true
}
let results = [3, -1, 0, 8].map(attempt)
print(results)
print("attempts:", attempts)
