protocol Animal {
    var name: String { get }
}

protocol Swimmer {}
protocol Flyer {}

extension Animal {
    func introduce() -> String { "I am \(name)" }
}

extension Animal where Self: Swimmer {
    func swim() -> String { "\(name) swims" }
}

extension Animal where Self: Flyer {
    func introduce() -> String { "I am \(name) and I can fly" }
}

struct Fish: Animal, Swimmer { let name = "fish" }
struct Bird: Animal, Flyer { let name = "bird" }
struct Duck: Animal, Swimmer, Flyer { let name = "duck" }

print(Fish().introduce())
print(Fish().swim())
print(Bird().introduce())
print(Duck().introduce())
print(Duck().swim())
