struct Queue<Element> {
    private var inbox: [Element] = []
    private var outbox: [Element] = []

    mutating func enqueue(_ x: Element) { inbox.append(x) }

    mutating func dequeue() -> Element? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox.removeAll()
        }
        return outbox.popLast()
    }

    var count: Int { inbox.count + outbox.count }
}

extension Queue: CustomStringConvertible {
    var description: String {
        "Queue(" + (outbox.reversed() + inbox).map { "\($0)" }.joined(separator: ", ") + ")"
    }
}

var q = Queue<Int>()
q.enqueue(1); q.enqueue(2); q.enqueue(3)
print(q)
print(q.dequeue()!)
q.enqueue(4)
print(q, q.count)
while let x = q.dequeue() { print(x, terminator: " ") }
print()
print(q.dequeue() as Any)
