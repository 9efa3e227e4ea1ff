for i in stride(from: 0, to: 10, by: 3) {
    print(i, terminator: " ")
}
print()
for i in stride(from: 0, through: 9, by: 3) {
    print(i, terminator: " ")
}
print()
for i in stride(from: 10, through: 0, by: -5) {
    print(i, terminator: ",")
}
print()
for x in stride(from: 0.0, through: 1.0, by: 0.25) {
    print(x, terminator: " ")
}
print()
print(Array(stride(from: 1, to: 1, by: 1)))
print(Array(stride(from: 5, to: 0, by: -2)))
