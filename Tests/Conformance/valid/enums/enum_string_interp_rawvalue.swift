import Foundation

enum Planet: String, CaseIterable {
    case mercury, venus, earth
}

for p in Planet.allCases {
    print("\(p) / \(p.rawValue) / \(p.rawValue.capitalized)")
}
let p = Planet.earth
print(String(describing: p) == p.rawValue)
print("\(p)".count)
let text = Planet.allCases.map { "\($0)" }.joined(separator: ", ")
print(text)
