struct Temperature {
    let celsius: Double
    init?(celsius: Double) {
        guard celsius >= -273.15 else { return nil }
        self.celsius = celsius
    }
}
let ok = Temperature(celsius: 21.5)
let bad = Temperature(celsius: -300)
print(ok?.celsius as Any)
print(bad?.celsius as Any)
print(bad == nil)
enum Planet: Int { case mercury = 1, venus, earth }
print(Planet(rawValue: 3) as Any)
print(Planet(rawValue: 9) as Any)
print(Planet(rawValue: 2).map { "\($0)" } ?? "none")
