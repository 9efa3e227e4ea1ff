import Foundation

enum Scale: String, CaseIterable {
    case celsius = "C", fahrenheit = "F", kelvin = "K"
}

struct Temperature {
    let value: Double
    let scale: Scale

    func toCelsius() -> Double {
        switch scale {
        case .celsius: return value
        case .fahrenheit: return (value - 32) * 5 / 9
        case .kelvin: return value - 273.15
        }
    }

    func converted(to target: Scale) -> Temperature {
        let c = toCelsius()
        switch target {
        case .celsius: return Temperature(value: c, scale: .celsius)
        case .fahrenheit: return Temperature(value: c * 9 / 5 + 32, scale: .fahrenheit)
        case .kelvin: return Temperature(value: c + 273.15, scale: .kelvin)
        }
    }

    var formatted: String { String(format: "%.2f°%@", value, scale.rawValue) }
}

func parse(_ text: String) -> Temperature? {
    guard let last = text.last, let scale = Scale(rawValue: String(last)),
          let v = Double(text.dropLast()) else { return nil }
    return Temperature(value: v, scale: scale)
}

for input in ["100C", "212F", "0K", "-40F", "abc", "37.5C"] {
    guard let t = parse(input) else {
        print("cannot parse \(input)")
        continue
    }
    let row = Scale.allCases.map { t.converted(to: $0).formatted }
    print(input.padding(toLength: 6, withPad: " ", startingAt: 0), row.joined(separator: "  "))
}
