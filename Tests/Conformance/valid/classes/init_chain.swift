class Person {
    let name: String
    var age: Int

    init(name: String, age: Int) {
        self.name = name
        self.age = age
        print("Person.init \(name)")
    }

    convenience init(name: String) {
        self.init(name: name, age: 0)
        print("Person.convenience")
    }
}

class Employee: Person {
    let company: String

    init(name: String, age: Int, company: String) {
        self.company = company
        super.init(name: name, age: age)
        print("Employee.init \(company)")
    }

    convenience init(name: String, company: String) {
        self.init(name: name, age: 30, company: company)
    }
}

let p = Person(name: "Ann")
print(p.age)
let e = Employee(name: "Bob", company: "Acme")
print(e.name, e.age, e.company)
