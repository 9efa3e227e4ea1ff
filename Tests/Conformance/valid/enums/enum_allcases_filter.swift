enum Element: String, CaseIterable {
    case hydrogen = "H", helium = "He", lithium = "Li", carbon = "C", oxygen = "O"

    var atomicNumber: Int {
        switch self {
        case .hydrogen: return 1
        case .helium: return 2
        case .lithium: return 3
        case .carbon: return 6
        case .oxygen: return 8
        }
    }
}

let light = Element.allCases.filter { $0.atomicNumber <= 3 }
print(light)
print(light.map(\.rawValue))
let symbols = Element.allCases.map { $0.rawValue }.sorted()
print(symbols)
let lookup = Dictionary(uniqueKeysWithValues: Element.allCases.map { ($0.rawValue, $0) })
print(lookup["C"]!.atomicNumber)
print(lookup["Xx"] == nil)
