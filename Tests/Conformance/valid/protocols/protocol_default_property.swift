protocol Vehicle {
    var wheels: Int { get }
    var name: String { get }
}

extension Vehicle {
    var wheels: Int { 4 }
    var description: String { "\(name) on \(wheels) wheels" }
}

struct Car: Vehicle { let name = "car" }
struct Bike: Vehicle {
    let name = "bike"
    var wheels: Int { 2 }
}
struct Trike: Vehicle {
    let name: String
    let wheels = 3
}

let fleet: [Vehicle] = [Car(), Bike(), Trike(name: "trike")]
for v in fleet {
    print(v.description)
}
print(fleet.map(\.wheels).reduce(0, +))
