class Sensor {
    private var raw = 0.0

    var value: Double {
        get { raw }
        set { raw = newValue }
    }

    var unit: String { "raw" }

    func report() -> String { "\(value) \(unit)" }
}

class CalibratedSensor: Sensor {
    let offset: Double
    init(offset: Double) {
        self.offset = offset
    }

    override var value: Double {
        get { super.value + offset }
        set { super.value = newValue - offset }
    }

    override var unit: String { "calibrated" }
}

let plain = Sensor()
plain.value = 10
print(plain.report())
let cal = CalibratedSensor(offset: 2.5)
cal.value = 10
print(cal.report())
let sensors: [Sensor] = [plain, cal]
for s in sensors { s.value += 1 }
print(sensors.map { $0.report() })
