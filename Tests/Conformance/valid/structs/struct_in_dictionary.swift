struct Student {
    var name: String
    var grades: [Int]

    var average: Double {
        grades.isEmpty ? 0 : Double(grades.reduce(0, +)) / Double(grades.count)
    }
}

var roster: [String: Student] = [:]
roster["s1"] = Student(name: "Mia", grades: [90, 85])
roster["s2"] = Student(name: "Leo", grades: [70])
roster["s3"] = Student(name: "Zoe", grades: [])
roster["s1"]?.grades.append(95)
roster["s2"]!.grades.append(80)

for id in roster.keys.sorted() {
    let s = roster[id]!
    print(id, s.name, s.grades, s.average)
}
print(roster["s9"]?.name ?? "missing")
