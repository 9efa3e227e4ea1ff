import Foundation

struct Color {
    var red: Double
    var green: Double
    var blue: Double
}

extension Color {
    init(gray: Double) {
        self.init(red: gray, green: gray, blue: gray)
    }

    init?(hex: String) {
        guard hex.count == 6, let value = Int(hex, radix: 16) else {
            return nil
        }
        red = Double((value >> 16) & 0xFF) / 255
        green = Double((value >> 8) & 0xFF) / 255
        blue = Double(value & 0xFF) / 255
    }
}

let g = Color(gray: 0.5)
print(g.red, g.green, g.blue)
if let orange = Color(hex: "FF8000") {
    print(orange.red, orange.blue)
    print((orange.green * 255).rounded())
}
print(Color(hex: "XYZ") == nil)
print(Color(hex: "12345G") == nil)
let c = Color(red: 0.1, green: 0.2, blue: 0.3)
print(c.red + c.green)
