let students = [("Ann", 91), ("Bob", 78), ("Cyd", 85), ("Dee", 78)]
for (name, score) in students {
    print(name, score)
}
let ranked = students.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
print(ranked.map { $0.0 })
let average = Double(students.map { $0.1 }.reduce(0, +)) / Double(students.count)
print(average)
let best = students.max { $0.1 < $1.1 }!
print(best.0, best.1)
let labelled: [(name: String, score: Int)] = students.map { (name: $0.0, score: $0.1) }
print(labelled[0].name, labelled.last!.score)
print(labelled[1])
