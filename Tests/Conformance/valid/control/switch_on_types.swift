let items: [Any] = [42, "text", 3.5, [1, 2], true, (1, 2)]
for item in items {
    switch item {
    case let i as Int:
        print("Int", i)
    case let s as String:
        print("String", s)
    case let d as Double:
        print("Double", d)
    case let a as [Int]:
        print("array of", a.count)
    case is Bool:
        print("a Bool")
    default:
        print("something else")
    }
}
