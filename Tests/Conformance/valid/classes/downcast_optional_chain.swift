class Vehicle {
    var wheels: Int { 0 }
}
class Bicycle: Vehicle {
    override var wheels: Int { 2 }
    var hasBell = true
}
class Truck: Vehicle {
    override var wheels: Int { 18 }
    var cargo: [String] = ["sand"]
}

let garage: [Vehicle] = [Bicycle(), Truck(), Vehicle(), Truck()]
print(garage.map(\.wheels))
print((garage[0] as? Bicycle)?.hasBell as Any)
print((garage[0] as? Truck)?.cargo as Any)
let trucks = garage.compactMap { $0 as? Truck }
trucks[0].cargo.append("gravel")
print(trucks.count, (garage[1] as! Truck).cargo)
if let b = garage.first(where: { $0 is Bicycle }) as? Bicycle {
    print("bell:", b.hasBell)
}
