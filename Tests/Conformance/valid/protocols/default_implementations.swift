protocol Describable {
    var name: String { get }
    func describe() -> String
    func shout() -> String
}

extension Describable {
    func describe() -> String {
        "This is \(name)"
    }
    func shout() -> String {
        describe().uppercased() + "!"
    }
}

struct City: Describable {
    let name: String
}

struct Planet: Describable {
    let name: String
    func describe() -> String {
        "The planet \(name)"
    }
}

let items: [Describable] = [City(name: "Oslo"), Planet(name: "Mars")]
for item in items {
    print(item.describe())
    print(item.shout())
}
