var stack: [Int] = []
for x in [1, 2, 3] { stack.append(x) }
while let top = stack.popLast() {
    print("pop", top)
}
var queue = ["first", "second", "third"]
while !queue.isEmpty {
    let next = queue.removeFirst()
    print("serve", next)
}
var brackets: [Character] = []
var balanced = true
for ch in "{[()()]}" {
    switch ch {
    case "(", "[", "{": brackets.append(ch)
    case ")": balanced = balanced && brackets.popLast() == "("
    case "]": balanced = balanced && brackets.popLast() == "["
    case "}": balanced = balanced && brackets.popLast() == "{"
    default: break
    }
}
print("balanced:", balanced && brackets.isEmpty)
