struct Engine {
    var rpm = 0
    mutating func rev(_ amount: Int) { rpm += amount }
}

struct Car {
    var name: String
    var engine = Engine()
    var odometer = 0

    mutating func drive(km: Int) {
        engine.rev(1000)
        odometer += km
    }
}

var car = Car(name: "Zed")
car.drive(km: 12)
car.drive(km: 30)
car.engine.rev(500)
car.engine.rpm -= 100
print(car.name, car.engine.rpm, car.odometer)
var other = car
other.engine.rpm = 0
print(car.engine.rpm, other.engine.rpm)
