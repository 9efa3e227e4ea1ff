func pair<T>(_ a: T, _ b: T) -> [T] {
    [a, b]
}

print(pair(1, 2))
let mixed = pair(1, "two")
print(mixed)
