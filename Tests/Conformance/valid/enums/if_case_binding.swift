enum Message {
    case text(String)
    case image(width: Int, height: Int)
    case ping
}

let inbox: [Message] = [.text("hi"), .ping, .image(width: 640, height: 480), .text("bye"), .ping]

for m in inbox {
    if case .text(let body) = m {
        print("text:", body)
    }
}

var pings = 0
for case .ping in inbox {
    pings += 1
}
print("pings:", pings)

for case let .image(w, h) in inbox where w > 100 {
    print("big image \(w)x\(h)")
}

let last = inbox.last!
if case .ping = last {
    print("ends with ping")
}
guard case .text(let first) = inbox[0] else { fatalError() }
print(first.uppercased())
