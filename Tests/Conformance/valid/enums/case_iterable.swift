enum Beverage: CaseIterable {
    case coffee, tea, juice, water
}

print(Beverage.allCases.count)
for drink in Beverage.allCases {
    print(drink)
}
let names = Beverage.allCases.map { "\($0)" }
print(names.joined(separator: "|"))
print(Beverage.allCases.first!)
print(Beverage.allCases.last!)
print(Beverage.allCases.firstIndex(of: .juice)!)

enum Level: Int, CaseIterable {
    case low = 1, medium, high
}
print(Level.allCases.map { $0.rawValue })
print(Level.allCases.reduce(0) { $0 + $1.rawValue })
