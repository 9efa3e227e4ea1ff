enum List {
    case empty
    indirect case node(Int, List)

    func sum() -> Int {
        switch self {
        case .empty: return 0
        case let .node(value, rest): return value + rest.sum()
        }
    }

    var count: Int {
        if case let .node(_, rest) = self {
            return 1 + rest.count
        }
        return 0
    }

    func toArray() -> [Int] {
        switch self {
        case .empty: return []
        case .node(let v, let rest): return [v] + rest.toArray()
        }
    }

    func prepending(_ v: Int) -> List {
        .node(v, self)
    }
}

var list = List.empty
for n in [3, 1, 4, 1, 5] {
    list = list.prepending(n)
}
print(list.sum())
print(list.count)
print(list.toArray())
print(List.empty.count)
