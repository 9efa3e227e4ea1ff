class Vehicle {
    func start() -> String { "starting" }
}

class Car: Vehicle {
    override func stop() -> String { "stopping" }
}

print(Car().start())
