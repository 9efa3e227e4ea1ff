class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) { self.value = value; self.next = next }
    func describe() -> String { "node \(value)" }
}
let list = Node(1, next: Node(2, next: Node(3)))
print(list.next?.value as Any)
print(list.next?.next?.value as Any)
print(list.next?.next?.next?.value as Any)
print(list.next?.describe() as Any)
print(list.next?.next?.next?.describe() ?? "end")
list.next?.next?.value = 30
print(list.next!.next!.value)
let chainResult: Void? = list.next?.next?.next?.value = 4
print(chainResult == nil)
