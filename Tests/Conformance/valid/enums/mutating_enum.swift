enum TrafficLight {
    case red, yellow, green

    mutating func advance() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }
}

var light = TrafficLight.red
for _ in 0..<4 {
    print(light)
    light.advance()
}
print(light)

enum Toggle {
    case on, off
    mutating func flip() {
        self = self == .on ? .off : .on
    }
}
var t = Toggle.off
t.flip()
print(t)
t.flip()
t.flip()
print(t)
