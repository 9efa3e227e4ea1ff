class Animal {
    let name: String
    init(name: String) { self.name = name }

    func sound() -> String { "..." }

    func describe() -> String {
        "\(name) says \(sound())"
    }
}

class Dog: Animal {
    override func sound() -> String { "Woof" }
}

class Cat: Animal {
    override func sound() -> String { "Meow" }
    override func describe() -> String {
        super.describe() + " (ignoring you)"
    }
}

let animals: [Animal] = [Animal(name: "Generic"), Dog(name: "Rex"), Cat(name: "Tom")]
for a in animals {
    print(a.describe())
}
print(animals.map { $0.sound() })
