enum Event {
    case click(x: Int, y: Int)
    case key(Character)
    case scroll(Double)
}

let events: [Event] = [.click(x: 10, y: 20), .key("a"), .scroll(-3.5), .click(x: 300, y: 5),
                       .key("Q"), .scroll(1.0)]

for e in events {
    if case let .click(x, y) = e, x > 100 {
        print("right side click at \(x),\(y)")
    } else if case .key(let c) = e, c.isUppercase {
        print("uppercase key \(c)")
    } else if case .scroll(let amount) = e, amount < 0 {
        print("scroll up by \(-amount)")
    } else {
        print("ignored")
    }
}
