enum Planet: Int {
    case mercury = 1, venus, earth, mars
}

if let p = Planet(rawValue: 3) {
    print(p)
}
let missing = Planet(rawValue: 9)
print(missing == nil)
print(Planet(rawValue: 2) as Any)
print(Planet(rawValue: 0) as Any)

enum Color: String {
    case red, green, blue
}

for text in ["red", "Blue", "green", "purple"] {
    if let c = Color(rawValue: text) {
        print("parsed \(c)")
    } else {
        print("unknown \(text)")
    }
}
let colors = ["blue", "x", "red"].compactMap(Color.init(rawValue:))
print(colors.count)
