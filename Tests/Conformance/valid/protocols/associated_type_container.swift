protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}

struct IntBag: Container {
    var items: [Int] = []
    mutating func append(_ item: Int) { items.append(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Int { items[i] }
}

struct Stack<Element>: Container {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element { items.removeLast() }
    mutating func append(_ item: Element) { push(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Element { items[i] }
}

func describe<C: Container>(_ c: C) -> String {
    var parts: [String] = []
    for i in 0..<c.count { parts.append("\(c[i])") }
    return "\(c.count): " + parts.joined(separator: " ")
}

var bag = IntBag()
bag.append(3); bag.append(1)
print(describe(bag))
var s = Stack<String>()
s.append("a"); s.push("b"); s.push("c")
print(describe(s))
print(s.pop())
print(describe(s))
