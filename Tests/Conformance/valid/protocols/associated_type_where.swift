protocol Container {
    associatedtype Item
    var items: [Item] { get }
}

struct Box<T>: Container {
    var items: [T]
}

func allItemsMatch<C1: Container, C2: Container>(_ a: C1, _ b: C2) -> Bool
    where C1.Item == C2.Item, C1.Item: Equatable {
    if a.items.count != b.items.count { return false }
    for i in 0..<a.items.count where a.items[i] != b.items[i] {
        return false
    }
    return true
}

extension Container where Item: Numeric {
    var sum: Item { items.reduce(0, +) }
}

extension Container where Item == String {
    var joined: String { items.joined(separator: "+") }
}

let a = Box(items: [1, 2, 3])
let b = Box(items: [1, 2, 3])
let c = Box(items: [1, 2])
print(allItemsMatch(a, b), allItemsMatch(a, c))
print(a.sum)
print(Box(items: [0.5, 0.25]).sum)
print(Box(items: ["x", "y"]).joined)
