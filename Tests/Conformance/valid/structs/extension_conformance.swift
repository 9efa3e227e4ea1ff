struct Temperature {
    var celsius: Double
}

extension Temperature: Comparable {
    static func < (a: Temperature, b: Temperature) -> Bool {
        a.celsius < b.celsius
    }
}

extension Temperature: CustomStringConvertible {
    var description: String {
        "\(celsius)°C"
    }
}

let readings = [Temperature(celsius: 21.5), Temperature(celsius: -3), Temperature(celsius: 30.25)]
print(readings.sorted())
print(readings.max()!)
print(readings.min()!)
print(Temperature(celsius: 1) == Temperature(celsius: 1.0))
print("hottest: \(readings.max()!)")
