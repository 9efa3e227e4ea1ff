enum Severity: Int, Comparable {
    case low = 1, high = 2
    static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
}

struct Issue: Error {
    let message: String
    let severity: Severity
}

func check(_ values: [Int]) -> [Issue] {
    var issues: [Issue] = []
    for (i, v) in values.enumerated() {
        if v < 0 { issues.append(Issue(message: "negative at \(i)", severity: .high)) }
        else if v == 0 { issues.append(Issue(message: "zero at \(i)", severity: .low)) }
    }
    return issues
}

let found = check([3, 0, -1, 5, 0, -7])
print(found.count)
for issue in found.sorted(by: { $0.severity > $1.severity }) {
    print(issue.severity, issue.message)
}
let worst = found.map(\.severity).max()
print(worst as Any)
