func clamp(_ value: Int, max: Int) -> Int {
    if value > max {
        value = max
    }
    return value
}

print(clamp(12, max: 10))
