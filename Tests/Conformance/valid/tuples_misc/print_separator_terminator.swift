print("a", "b", "c")
print("a", "b", "c", separator: ", ")
print(1, 2, 3, separator: "")
print("no newline", terminator: "")
print(" continued")
print("x", "y", separator: "-", terminator: "|\n")
for i in 1...5 {
    print(i, terminator: i < 5 ? " " : "\n")
}
print()
print("", terminator: "")
print("after empty")
print([1, 2], "and", (3, 4), separator: " ~ ")
print(1.0, 2, "three", true, nil as Int? as Any)
