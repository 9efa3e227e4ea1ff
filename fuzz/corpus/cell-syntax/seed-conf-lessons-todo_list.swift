enum Priority: Int, Comparable, CustomStringConvertible {
    case low = 1, normal, urgent
    static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
    var description: String { ["", "low", "normal", "URGENT"][rawValue] }
}

struct Todo {
    let id: Int
    var title: String
    var priority: Priority
    var done = false
}

struct TodoList {
    private(set) var items: [Todo] = []
    private var nextID = 1

    mutating func add(_ title: String, priority: Priority = .normal) -> Int {
        items.append(Todo(id: nextID, title: title, priority: priority))
        nextID += 1
        return nextID - 1
    }

    mutating func complete(_ id: Int) -> Bool {
        guard let i = items.firstIndex(where: { $0.id == id }) else { return false }
        items[i].done = true
        return true
    }

    var pending: [Todo] {
        items.filter { !$0.done }.sorted { ($0.priority, -$0.id) > ($1.priority, -$1.id) }
    }
}

var list = TodoList()
let a = list.add("buy milk", priority: .low)
let b = list.add("fix bug", priority: .urgent)
_ = list.add("write docs")
_ = list.add("call mom", priority: .urgent)
print(list.complete(b))
print(list.complete(42))
for t in list.pending {
    print("[\(t.id)] \(t.title) (\(t.priority))")
}
print(list.items.filter(\.done).map(\.title))
print(list.complete(a), list.pending.count)
