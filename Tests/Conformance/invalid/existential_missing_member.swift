protocol Animal {
    var name: String { get }
}

struct Dog: Animal {
    let name: String
    func bark() -> String { "Woof" }
}

let pets: [Animal] = [Dog(name: "Rex")]
for p in pets {
    print(p.bark())
}
