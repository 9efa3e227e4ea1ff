enum Size {
    case small, medium, large

    init(weight: Double) {
        if weight < 1 {
            self = .small
        } else if weight < 10 {
            self = .medium
        } else {
            self = .large
        }
    }

    var shippingCost: Double {
        switch self {
        case .small: return 2.5
        case .medium: return 7
        case .large: return 20
        }
    }
}

let weights = [0.4, 3.0, 12.5, 9.99, 10.0]
for w in weights {
    let s = Size(weight: w)
    print(w, s, s.shippingCost)
}
let total = weights.map { Size(weight: $0).shippingCost }.reduce(0, +)
print(total)
