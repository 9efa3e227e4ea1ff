struct Stack<T> {
    private var elements: [T] = []

    mutating func push(_ x: T) { elements.append(x) }

    mutating func pop() -> T? { elements.popLast() }

    var top: T? { elements.last }
    var isEmpty: Bool { elements.isEmpty }
    var count: Int { elements.count }
}

extension Stack {
    func peekAll() -> [T] { elements.reversed() }
}

extension Stack where T: Numeric {
    var sum: T { elements.reduce(0, +) }
}

var s = Stack<Int>()
for i in 1...4 { s.push(i * i) }
print(s.count, s.top!, s.sum)
print(s.peekAll())
print(s.pop()!, s.pop()!)
print(s.count, s.sum)

var words = Stack<String>()
words.push("alpha")
words.push("beta")
print(words.peekAll())
while let w = words.pop() { print(w) }
print(words.isEmpty, words.top as Any)
