final class ListNode {
    var value: Int
    var next: ListNode?
    init(_ value: Int, next: ListNode? = nil) {
        self.value = value
        self.next = next
    }
}

func build(_ values: [Int]) -> ListNode? {
    var head: ListNode? = nil
    for v in values.reversed() {
        head = ListNode(v, next: head)
    }
    return head
}

func toArray(_ head: ListNode?) -> [Int] {
    var out: [Int] = []
    var node = head
    while let n = node {
        out.append(n.value)
        node = n.next
    }
    return out
}

func reverse(_ head: ListNode?) -> ListNode? {
    var prev: ListNode? = nil
    var cur = head
    while let c = cur {
        let next = c.next
        c.next = prev
        prev = c
        cur = next
    }
    return prev
}

let list = build([1, 2, 3, 4, 5])
print(toArray(list))
print(list?.next?.next?.value as Any)
let rev = reverse(list)
print(toArray(rev))
print(toArray(list))
