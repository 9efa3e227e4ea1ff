final class Node<T: Comparable> {
    let value: T
    var left: Node?
    var right: Node?
    init(_ value: T) { self.value = value }
}

struct BST<T: Comparable> {
    private var root: Node<T>?
    private(set) var count = 0

    mutating func insert(_ v: T) {
        count += 1
        guard let r = root else {
            root = Node(v)
            return
        }
        var node = r
        while true {
            if v < node.value {
                if let l = node.left { node = l } else { node.left = Node(v); return }
            } else {
                if let rr = node.right { node = rr } else { node.right = Node(v); return }
            }
        }
    }

    func contains(_ v: T) -> Bool {
        var node = root
        while let n = node {
            if v == n.value { return true }
            node = v < n.value ? n.left : n.right
        }
        return false
    }

    func inOrder() -> [T] {
        var out: [T] = []
        func visit(_ n: Node<T>?) {
            guard let n = n else { return }
            visit(n.left); out.append(n.value); visit(n.right)
        }
        visit(root)
        return out
    }

    var height: Int {
        func h(_ n: Node<T>?) -> Int { n == nil ? 0 : 1 + max(h(n!.left), h(n!.right)) }
        return h(root)
    }
}

var tree = BST<Int>()
for v in [41, 20, 65, 11, 29, 50, 91, 32, 72, 99] { tree.insert(v) }
print(tree.inOrder())
print(tree.count, tree.height)
print(tree.contains(72), tree.contains(73))
var words = BST<String>()
"the quick brown fox jumps over lazy dogs".split(separator: " ").forEach { words.insert(String($0)) }
print(words.inOrder())
print(words.height)
