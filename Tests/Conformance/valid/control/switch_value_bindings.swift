let measurements: [(String, Double)] = [("temp", 21.5), ("humidity", 80), ("temp", -3), ("wind", 12)]
for m in measurements {
    switch m {
    case ("temp", let t) where t < 0:
        print("freezing: \(t)")
    case ("temp", let t):
        print("temperature \(t)")
    case (let name, let value) where value > 50:
        print("\(name) is high (\(value))")
    case let (name, value):
        print("\(name) = \(value)")
    }
}
