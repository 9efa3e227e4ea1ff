let things: [Any] = [1, "two", 3.0, 4, "five"]
for case let n as Int in things {
    print("int", n)
}
for case let s as String in things {
    print("string", s)
}
enum Event { case click(x: Int, y: Int), key(Character), scroll(Int) }
let events: [Event] = [.click(x: 1, y: 2), .key("a"), .scroll(-3), .click(x: 5, y: 0), .key("b")]
for case let .click(x, y) in events {
    print("click at", x, y)
}
for case .key(let c) in events where c != "a" {
    print("key", c)
}
let pairs = [(1, "a"), (2, "b"), (1, "c")]
for case (1, let letter) in pairs {
    print("first is 1:", letter)
}
