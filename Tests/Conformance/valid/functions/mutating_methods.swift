struct Counter {
    private(set) var count = 0
    mutating func increment(by step: Int = 1) { count += step }
    mutating func reset() { count = 0 }
}
var c = Counter()
c.increment()
c.increment(by: 4)
print(c.count)
c.reset()
print(c.count)
struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var top: Element? { items.last }
}
var s = Stack<String>()
s.push("a"); s.push("b"); s.push("c")
print(s.top as Any, s.items.count)
print(s.pop() as Any, s.pop() as Any, s.items)
