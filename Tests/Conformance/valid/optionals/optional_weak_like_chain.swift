final class TreeNode {
    let label: String
    var children: [TreeNode] = []
    var parentLabel: String?
    init(_ label: String) { self.label = label }
    func add(_ child: TreeNode) {
        child.parentLabel = label
        children.append(child)
    }
}
let root = TreeNode("root")
let a = TreeNode("a"), b = TreeNode("b")
root.add(a)
a.add(b)
print(root.parentLabel as Any)
print(b.parentLabel as Any)
print(root.children.first?.children.first?.label as Any)
print(root.children.last?.children.last?.children.first?.label as Any)
print(root.children.first?.children.count ?? 0)
