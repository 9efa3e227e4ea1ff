enum Grade: String {
    case a = "A", b = "B", c = "C", d = "D", f = "F"

    init(score: Int) {
        switch score {
        case 90...: self = .a
        case 80..<90: self = .b
        case 70..<80: self = .c
        case 60..<70: self = .d
        default: self = .f
        }
    }
}

let scores = [95, 83, 71, 65, 12, 90, 89]
let grades = scores.map { Grade(score: $0) }
print(grades.map(\.rawValue).joined())
var tally: [Grade: Int] = [:]
for g in grades { tally[g, default: 0] += 1 }
for g in [Grade.a, .b, .c, .d, .f] {
    print(g.rawValue, tally[g] ?? 0)
}
