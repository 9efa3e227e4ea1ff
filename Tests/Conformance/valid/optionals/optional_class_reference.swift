final class Box {
    var content: String?
    var inner: Box?
}
let outer = Box()
print(outer.content as Any, outer.inner as Any)
outer.inner = Box()
outer.inner?.content = "gift"
print(outer.inner?.content as Any)
print(outer.inner?.inner?.content as Any)
outer.inner?.inner = Box()
outer.inner?.inner?.content = "smaller gift"
print(outer.inner?.inner?.content ?? "empty")
let depth = [outer.inner, outer.inner?.inner, outer.inner?.inner?.inner].filter { $0 != nil }.count
print(depth)
