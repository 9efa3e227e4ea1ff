// class_methods: method calls on a class instance with stored properties.
final class Accumulator {
    var total = 0
    var count = 0
    var largest = 0

    func add(_ value: Int) {
        total += value
        count += 1
        if value > largest {
            largest = value
        }
    }

    func mean() -> Int {
        return count == 0 ? 0 : total / count
    }

    func reset() {
        total = 0
        count = 0
    }
}

let acc = Accumulator()
var checksum = 0
for i in 0..<8_000_000 {
    acc.add(i % 1_000)
    if i % 1_000 == 999 {
        checksum += acc.mean()
        acc.reset()
    }
}
print(checksum * 1_000 + acc.largest)
