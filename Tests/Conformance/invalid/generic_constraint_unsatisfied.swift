func largest<T: Comparable>(_ items: [T]) -> T? {
    items.max()
}

struct Box {
    var size: Int
}

print(largest([3, 7, 1]) ?? 0)
let biggest = largest([Box(size: 1), Box(size: 2)])
print(biggest as Any)
