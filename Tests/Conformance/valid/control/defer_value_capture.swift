var counter = 0
func bump() -> Int {
    defer { counter += 1 }
    return counter
}
print(bump(), bump(), bump())
print(counter)
func trace(_ label: String) -> String {
    var steps: [String] = []
    defer { print(label, "trace:", steps) }
    steps.append("a")
    steps.append("b")
    return steps.joined()
}
print(trace("t1"))
