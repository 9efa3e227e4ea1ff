indirect enum Tree {
    case leaf
    case node(Tree, Int, Tree)

    func inserting(_ v: Int) -> Tree {
        switch self {
        case .leaf:
            return .node(.leaf, v, .leaf)
        case let .node(l, x, r):
            if v < x { return .node(l.inserting(v), x, r) }
            return .node(l, x, r.inserting(v))
        }
    }

    var inOrder: [Int] {
        switch self {
        case .leaf: return []
        case let .node(l, x, r): return l.inOrder + [x] + r.inOrder
        }
    }

    var depth: Int {
        switch self {
        case .leaf: return 0
        case let .node(l, _, r): return 1 + max(l.depth, r.depth)
        }
    }

    func contains(_ v: Int) -> Bool {
        guard case let .node(l, x, r) = self else { return false }
        return v == x || (v < x ? l.contains(v) : r.contains(v))
    }
}

var t = Tree.leaf
for v in [50, 30, 70, 20, 40, 60, 80, 35] {
    t = t.inserting(v)
}
print(t.inOrder)
print(t.depth)
print(t.contains(35), t.contains(36))
