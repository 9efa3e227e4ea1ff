class Engine { var rpm = 0 }
class Car {
    var engine: Engine?
    var name: String
    init(name: String, engine: Engine?) { self.name = name; self.engine = engine }
}
let cars = [Car(name: "A", engine: Engine()), Car(name: "B", engine: nil)]
for car in cars {
    car.engine?.rpm = 3000
    car.engine?.rpm += 500
    print(car.name, car.engine?.rpm as Any)
}
let started = cars.map { $0.engine?.rpm ?? -1 }
print(started)
if cars[1].engine?.rpm == nil {
    print("B has no engine")
}
