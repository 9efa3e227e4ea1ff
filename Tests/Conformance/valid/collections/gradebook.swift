let grades: [String: [Int]] = [
    "maria": [90, 85, 77],
    "omar": [60, 72, 58],
    "lin": [100, 95, 98],
]
for name in grades.keys.sorted() {
    let g = grades[name]!
    let avg = Double(g.reduce(0, +)) / Double(g.count)
    let best = g.max()!
    print(name, g, "avg:", avg, "best:", best)
}
let everyone = grades.values.flatMap { $0 }.sorted()
print(everyone.count, everyone.first!, everyone.last!)
let honours = grades.filter { $0.value.allSatisfy { $0 >= 75 } }.keys.sorted()
print("honours:", honours)
