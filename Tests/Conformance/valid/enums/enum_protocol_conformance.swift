protocol Describable {
    var summary: String { get }
}

enum Vehicle: Describable {
    case bike
    case car(seats: Int)
    case bus(line: String)

    var summary: String {
        switch self {
        case .bike: return "a bike"
        case .car(let seats): return "a car with \(seats) seats"
        case .bus(let line): return "bus line \(line)"
        }
    }
}

func announce(_ things: [Describable]) {
    for t in things {
        print("Here comes \(t.summary)")
    }
}

announce([Vehicle.bike, Vehicle.car(seats: 5), Vehicle.bus(line: "42")])
let fleet: [Vehicle] = [.car(seats: 2), .car(seats: 7), .bike]
var seats = 0
for case .car(let s) in fleet { seats += s }
print(seats)
