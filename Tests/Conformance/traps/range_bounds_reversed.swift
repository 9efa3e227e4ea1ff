func window(_ from: Int, _ to: Int) -> Range<Int> {
    print("window \(from) to \(to)")
    return from..<to
}
print(window(1, 4).count)
print(window(5, 2).count)
