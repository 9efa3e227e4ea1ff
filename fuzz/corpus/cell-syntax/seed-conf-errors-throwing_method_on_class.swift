enum StackError: Error {
    case empty
    case overflow(limit: Int)
}

final class BoundedStack {
    private var items: [Int] = []
    let limit: Int
    init(limit: Int) { self.limit = limit }

    func push(_ x: Int) throws {
        guard items.count < limit else { throw StackError.overflow(limit: limit) }
        items.append(x)
    }

    func pop() throws -> Int {
        guard let last = items.popLast() else { throw StackError.empty }
        return last
    }
}

let s = BoundedStack(limit: 2)
do {
    try s.push(1)
    try s.push(2)
    try s.push(3)
} catch {
    print("push failed: \(error)")
}
do {
    print(try s.pop())
    print(try s.pop())
    print(try s.pop())
} catch StackError.empty {
    print("stack is empty")
}
