struct Stack<Element> {
    private var storage: [Element] = []
    mutating func push(_ e: Element) { storage.append(e) }
    mutating func pop() -> Element? { storage.popLast() }
    var peek: Element? { storage.last }
    var isEmpty: Bool { storage.isEmpty }
}

struct Queue<Element> {
    private var storage: [Element] = []
    private var head = 0
    mutating func enqueue(_ e: Element) { storage.append(e) }
    mutating func dequeue() -> Element? {
        guard head < storage.count else { return nil }
        defer { head += 1 }
        return storage[head]
    }
    var count: Int { storage.count - head }
}

func isBalanced(_ text: String) -> Bool {
    let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
    var stack = Stack<Character>()
    for c in text {
        if "([{".contains(c) {
            stack.push(c)
        } else if let open = pairs[c] {
            if stack.pop() != open { return false }
        }
    }
    return stack.isEmpty
}

for s in ["(a[b]{c})", "(]", "((x)", "{[()()]}", ""] {
    print("'\(s)' balanced: \(isBalanced(s))")
}

var q = Queue<String>()
for name in ["ann", "bob", "cid"] { q.enqueue(name) }
print(q.dequeue()!, q.count)
q.enqueue("dee")
var served: [String] = []
while let n = q.dequeue() { served.append(n) }
print(served, q.count)

func evalRPN(_ tokens: [String]) -> Double? {
    var st = Stack<Double>()
    for t in tokens {
        if let v = Double(t) { st.push(v); continue }
        guard let b = st.pop(), let a = st.pop() else { return nil }
        switch t {
        case "+": st.push(a + b)
        case "-": st.push(a - b)
        case "*": st.push(a * b)
        case "/": st.push(a / b)
        default: return nil
        }
    }
    return st.pop()
}
print(evalRPN(["3", "4", "+", "2", "*"]) as Any)
print(evalRPN(["5", "1", "2", "+", "4", "*", "+", "3", "-"]) as Any)
print(evalRPN(["1", "+"]) as Any)
