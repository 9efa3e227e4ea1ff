class Node {
    var label: String
    init(label: String) { self.label = label }
}

let x = Node(label: "x")
let y = x
let z = Node(label: "x")
print(x === y)
print(x === z)
print(x !== z)
print(x.label == z.label)

let nodes = [x, z, y]
let sameAsX = nodes.filter { $0 === x }.count
print(sameAsX)
print(nodes.firstIndex { $0 === z }!)
print(nodes.contains { $0 === Node(label: "x") })
