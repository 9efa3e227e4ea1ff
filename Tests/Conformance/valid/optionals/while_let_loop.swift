var stack = [1, 2, 3, 4]
while let top = stack.popLast() {
    print("popped", top)
}
var iterator = ["a", "b", "c"].makeIterator()
while let item = iterator.next() {
    print(item)
}
var n: Int? = 10
while let value = n, value > 0 {
    print(value)
    n = value >= 4 ? value - 4 : nil
}
print(n as Any)
