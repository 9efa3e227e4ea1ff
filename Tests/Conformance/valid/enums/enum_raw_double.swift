enum Tax: Double {
    case none = 0
    case reduced = 0.07
    case standard = 0.19
}

let price = 100.0
for rate in [Tax.none, .reduced, .standard] {
    print(rate, rate.rawValue, price * (1 + rate.rawValue))
}
print(Tax(rawValue: 0.07) as Any)
print(Tax(rawValue: 0.5) as Any)
