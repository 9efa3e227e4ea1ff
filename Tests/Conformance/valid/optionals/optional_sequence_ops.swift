let readings: [Double?] = [2.5, nil, 4.0, nil, 1.5]
let present = readings.compactMap { $0 }
print(present)
print(present.reduce(0, +) / Double(present.count))
let filled = readings.map { $0 ?? 0 }
print(filled)
let missing = readings.indices.filter { readings[$0] == nil }
print(missing)
print(readings.first as Any)
print(readings[1] as Any)
let lastValue = readings.last { $0 != nil } ?? nil
print(lastValue as Any)
