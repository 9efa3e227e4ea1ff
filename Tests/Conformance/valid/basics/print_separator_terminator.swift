print("a", "b", "c")
print("a", "b", "c", separator: "")
print("a", "b", "c", separator: ", ")
print(1, 2.5, true, "x", separator: " | ")
print("no newline", terminator: "")
print(" -> continued")
print("dots", terminator: "...\n")
print()
print("after blank line")
for i in 1...3 {
    print(i, terminator: i < 3 ? ", " : "\n")
}
print("end", separator: "-", terminator: "!\n")
print([1, 2], [3], separator: " + ")
