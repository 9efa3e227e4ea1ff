class Thermostat {
    var target: Double = 20 {
        willSet { print("changing target from \(target) to \(newValue)") }
        didSet {
            if target > 28 {
                print("too hot, capping")
                target = 28
            }
        }
    }
}

class SmartThermostat: Thermostat {
    var changes = 0
    override var target: Double {
        didSet { changes += 1 }
    }
}

let t = SmartThermostat()
t.target = 22
t.target = 35
print(t.target)
print(t.changes)
