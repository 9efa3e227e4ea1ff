struct Employee { let name: String; let dept: String; let salary: Int }
let staff = [
    Employee(name: "Zoe", dept: "eng", salary: 120),
    Employee(name: "Adam", dept: "ops", salary: 90),
    Employee(name: "Mia", dept: "eng", salary: 120),
    Employee(name: "Lee", dept: "ops", salary: 95),
]
let bySalary = staff.sorted { $0.salary > $1.salary || ($0.salary == $1.salary && $0.name < $1.name) }
print(bySalary.map(\.name))
let byDeptThenName = staff.sorted { ($0.dept, $0.name) < ($1.dept, $1.name) }
print(byDeptThenName.map { "\($0.dept)/\($0.name)" })
func descending<T: Comparable>(_ a: T, _ b: T) -> Bool { a > b }
print(staff.map(\.salary).sorted(by: descending))
