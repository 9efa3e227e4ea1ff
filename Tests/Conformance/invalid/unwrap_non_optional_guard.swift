func describe(_ n: Int) -> String {
    guard let value = n else {
        return "none"
    }
    return "value \(value)"
}

print(describe(3))
