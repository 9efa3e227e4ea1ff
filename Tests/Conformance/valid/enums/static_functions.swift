enum Unit: String {
    case meters = "m", feet = "ft", inches = "in"

    static func parse(_ text: String) -> Unit? {
        Unit(rawValue: text.lowercased())
    }

    static var metric: [Unit] { [.meters] }

    var toMeters: Double {
        switch self {
        case .meters: return 1
        case .feet: return 0.3048
        case .inches: return 0.0254
        }
    }

    static func convert(_ value: Double, from: Unit, to: Unit) -> Double {
        value * from.toMeters / to.toMeters
    }
}

print(Unit.parse("FT") as Any)
print(Unit.parse("yd") as Any)
print(Unit.metric.count)
print(Unit.convert(10, from: .feet, to: .meters))
print(Unit.convert(1, from: .meters, to: .inches))
print(Unit.convert(12, from: .inches, to: .feet))
