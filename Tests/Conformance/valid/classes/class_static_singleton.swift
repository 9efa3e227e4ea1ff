final class Settings {
    static let shared = Settings()
    var theme = "light"
    var fontSize = 12
    private init() {}
}

Settings.shared.theme = "dark"
let s = Settings.shared
s.fontSize += 2
print(Settings.shared.theme, Settings.shared.fontSize)
print(s === Settings.shared)

class IDGenerator {
    private static var next = 1
    static func make() -> Int {
        defer { next += 1 }
        return next
    }
}
print(IDGenerator.make(), IDGenerator.make(), IDGenerator.make())
