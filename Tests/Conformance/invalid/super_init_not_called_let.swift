class Base {
    let id: Int
    init(id: Int) { self.id = id }
}

class Derived: Base {
    let name: String
    init(name: String) {
        self.name = name
    }
}

print(Derived(name: "x").name)
