enum TemperatureError: Error {
    case belowAbsoluteZero(Double)
}

struct Kelvin {
    let value: Double

    init(_ value: Double) throws {
        guard value >= 0 else {
            throw TemperatureError.belowAbsoluteZero(value)
        }
        self.value = value
    }

    init(celsius: Double) throws {
        try self.init(celsius + 273.15)
    }
}

do {
    let k = try Kelvin(300)
    print(k.value)
    let c = try Kelvin(celsius: 25)
    print(c.value)
    let bad = try Kelvin(celsius: -300)
    print(bad.value)
} catch TemperatureError.belowAbsoluteZero(let v) {
    print("impossible temperature", v)
}
print((try? Kelvin(-1)) == nil)
