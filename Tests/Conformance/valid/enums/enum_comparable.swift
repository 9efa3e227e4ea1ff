enum Priority: Int, Comparable {
    case low = 1, medium, high, critical

    static func < (a: Priority, b: Priority) -> Bool {
        a.rawValue < b.rawValue
    }
}

let issues: [(String, Priority)] = [
    ("typo", .low), ("crash", .critical), ("slow", .medium), ("leak", .high), ("color", .low),
]
let sorted = issues.sorted { $0.1 > $1.1 }
for (name, p) in sorted {
    print(p, name)
}
print(Priority.high > .medium)
print(issues.map { $0.1 }.max()!)
print(issues.map { $0.1 }.min()!)

enum Size: Comparable {
    case small, medium, large
}
print(Size.small < Size.large)
print([Size.large, .small, .medium].sorted())
