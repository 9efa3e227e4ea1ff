class Employee {
    let name: String
    let baseSalary: Double

    init(name: String, baseSalary: Double) {
        self.name = name
        self.baseSalary = baseSalary
    }

    func pay() -> Double { baseSalary }
    func title() -> String { "Employee" }
}

class Manager: Employee {
    let reports: Int
    init(name: String, baseSalary: Double, reports: Int) {
        self.reports = reports
        super.init(name: name, baseSalary: baseSalary)
    }
    override func pay() -> Double { super.pay() + Double(reports) * 100 }
    override func title() -> String { "Manager" }
}

class Intern: Employee {
    override func pay() -> Double { baseSalary * 0.5 }
    override func title() -> String { "Intern" }
}

let staff: [Employee] = [
    Employee(name: "Ann", baseSalary: 3000),
    Manager(name: "Ben", baseSalary: 4000, reports: 3),
    Intern(name: "Cid", baseSalary: 2000),
]
for e in staff {
    print("\(e.title()) \(e.name): \(e.pay())")
}
print(staff.map { $0.pay() }.reduce(0, +))
print(staff.filter { $0 is Manager }.count)
