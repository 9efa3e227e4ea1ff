import Foundation

struct Student {
    let name: String
    var scores: [String: Double]

    var average: Double {
        scores.values.reduce(0, +) / Double(scores.count)
    }

    var letter: Character {
        switch average {
        case 90...: return "A"
        case 80..<90: return "B"
        case 70..<80: return "C"
        default: return "F"
        }
    }
}

var students = [
    Student(name: "Ada", scores: ["math": 95, "physics": 88, "art": 92]),
    Student(name: "Ben", scores: ["math": 72, "physics": 65, "art": 80]),
    Student(name: "Cleo", scores: ["math": 85, "physics": 91, "art": 78]),
    Student(name: "Dev", scores: ["math": 60, "physics": 70, "art": 55]),
]

students[3].scores["art"] = 75

for s in students.sorted(by: { $0.average > $1.average }) {
    print(s.name.padding(toLength: 5, withPad: ".", startingAt: 0),
          String(format: "%6.2f", s.average), s.letter)
}

let subjects = Set(students.flatMap { $0.scores.keys }).sorted()
for subject in subjects {
    let values = students.compactMap { $0.scores[subject] }
    let best = students.max { ($0.scores[subject] ?? 0) < ($1.scores[subject] ?? 0) }!
    print(subject, String(format: "mean %.1f", values.reduce(0, +) / Double(values.count)), "best", best.name)
}
let distribution = Dictionary(grouping: students, by: \.letter).mapValues(\.count)
for letter in distribution.keys.sorted() {
    print(letter, distribution[letter]!)
}
