enum Month: Int, CaseIterable {
    case jan = 1, feb, mar, apr, may, jun, jul, aug, sep, oct, nov, dec

    var days: Int {
        switch self {
        case .feb: return 28
        case .apr, .jun, .sep, .nov: return 30
        default: return 31
        }
    }

    var quarter: Int { (rawValue - 1) / 3 + 1 }
}

print(Month.allCases.map(\.days).reduce(0, +))
for m in Month.allCases where m.days == 30 {
    print(m, m.rawValue, m.quarter)
}
let roundTrip = Month.allCases.allSatisfy { Month(rawValue: $0.rawValue) == $0 }
print(roundTrip)
print(Month(rawValue: 13) == nil)
var byQuarter: [Int: [Month]] = [:]
for m in Month.allCases { byQuarter[m.quarter, default: []].append(m) }
for q in byQuarter.keys.sorted() {
    print(q, byQuarter[q]!.map { "\($0)" })
}
