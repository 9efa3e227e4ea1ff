struct Percentage {
    let value: Int

    init?(_ value: Int) {
        if value < 0 || value > 100 {
            return nil
        }
        self.value = value
    }
}

let inputs = [50, -1, 100, 101, 0]
for n in inputs {
    if let p = Percentage(n) {
        print("valid \(p.value)%")
    } else {
        print("invalid \(n)")
    }
}
let parsed = inputs.compactMap { Percentage($0) }
print(parsed.count)
print(parsed.map { $0.value })
