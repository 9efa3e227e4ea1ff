struct Temperature {
    static let freezingPoint = 0.0
    static let boilingPoint = 100.0
    static var readingsTaken = 0

    var value: Double

    static func fromFahrenheit(_ f: Double) -> Temperature {
        readingsTaken += 1
        return Temperature(value: (f - 32) * 5 / 9)
    }

    var isFrozen: Bool {
        value <= Temperature.freezingPoint
    }
}

print(Temperature.freezingPoint, Temperature.boilingPoint)
let t1 = Temperature.fromFahrenheit(32)
let t2 = Temperature.fromFahrenheit(212)
let t3 = Temperature.fromFahrenheit(-4)
print(t1.value, t1.isFrozen)
print(t2.value, t2.isFrozen)
print(t3.value, t3.isFrozen)
print(Temperature.readingsTaken)
Temperature.readingsTaken = 0
print(Temperature.readingsTaken)

struct Limits {
    static var maxUsers: Int { 2 * 50 }
}
print(Limits.maxUsers)
