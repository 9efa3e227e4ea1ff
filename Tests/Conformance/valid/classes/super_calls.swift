class Vehicle {
    var speed = 0

    func accelerate() {
        speed += 10
        print("Vehicle accelerate -> \(speed)")
    }

    var info: String { "speed \(speed)" }
}

class SportsCar: Vehicle {
    override func accelerate() {
        super.accelerate()
        speed += 20
        print("SportsCar boost -> \(speed)")
    }

    override var info: String {
        "sports car, " + super.info
    }
}

let car = SportsCar()
car.accelerate()
car.accelerate()
print(car.info)
let v: Vehicle = SportsCar()
v.accelerate()
print(v.info)
