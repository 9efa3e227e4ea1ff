extension Array where Element == Double {
    var mean: Double {
        isEmpty ? 0 : reduce(0, +) / Double(count)
    }

    func scaled(by f: Double) -> [Double] {
        map { $0 * f }
    }

    var range: Double {
        guard let lo = self.min(), let hi = self.max() else { return 0 }
        return hi - lo
    }
}

let temps = [12.5, 15.0, 9.5, 20.0]
print(temps.mean)
print(temps.scaled(by: 2))
print(temps.range)
print([Double]().mean)
print([3.0].range)
