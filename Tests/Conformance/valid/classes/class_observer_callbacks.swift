final class Thermometer {
    private var observers: [(String, (Double) -> Void)] = []
    private(set) var reading = 20.0

    func observe(name: String, _ callback: @escaping (Double) -> Void) {
        observers.append((name, callback))
    }

    func update(_ value: Double) {
        reading = value
        for (_, callback) in observers {
            callback(value)
        }
    }

    var observerNames: [String] { observers.map { $0.0 } }
}

final class Display {
    var lines: [String] = []
}

let t = Thermometer()
let screen = Display()
var alarms = 0
t.observe(name: "screen") { screen.lines.append("now \($0)") }
t.observe(name: "alarm") { value in
    if value > 30 { alarms += 1 }
}
for v in [22.5, 31.0, 18.0, 35.5] {
    t.update(v)
}
print(screen.lines)
print(alarms)
print(t.reading)
print(t.observerNames)
