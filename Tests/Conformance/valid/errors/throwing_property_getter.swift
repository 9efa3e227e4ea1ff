enum SensorError: Error { case offline(String) }

struct Sensor {
    let name: String
    let reading: Double?

    var value: Double {
        get throws {
            guard let r = reading else { throw SensorError.offline(name) }
            return r
        }
    }
}

let sensors = [Sensor(name: "t1", reading: 21.5), Sensor(name: "t2", reading: nil),
               Sensor(name: "t3", reading: 19.0)]
var sum = 0.0
for s in sensors {
    do {
        sum += try s.value
    } catch SensorError.offline(let n) {
        print("\(n) offline")
    }
}
print(sum)
print(sensors.compactMap { try? $0.value })
