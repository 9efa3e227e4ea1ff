let colors = ["red", "green", "blue"]
for i in colors.indices {
    print(i, colors[i])
}
for (i, c) in colors.enumerated() {
    print("\(i + 1). \(c)")
}
print(colors.indices)
print(colors.startIndex, colors.endIndex)
print(Array(colors.enumerated()).map { "\($0.offset):\($0.element)" })
for (i, c) in colors.enumerated() where i % 2 == 0 {
    print("even slot:", c)
}
