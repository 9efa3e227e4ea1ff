var courses: [String: [String]] = [:]
let enrolments = [("ann", "math"), ("bob", "art"), ("ann", "physics"), ("cid", "math"), ("bob", "math")]
for (student, course) in enrolments {
    courses[student, default: []].append(course)
}
for student in courses.keys.sorted() {
    print(student, courses[student]!)
}
var byCourse: [String: Set<String>] = [:]
for (student, course) in enrolments {
    byCourse[course, default: []].insert(student)
}
for course in byCourse.keys.sorted() {
    print(course, byCourse[course]!.sorted())
}
