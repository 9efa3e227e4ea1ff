func classify(_ value: Double) -> String {
    switch value {
    case let v where v.isNaN: return "not a number"
    case let v where v.isInfinite: return v > 0 ? "plus infinity" : "minus infinity"
    case 0: return "zero"
    case let v where v < 0: return "negative"
    case 0..<1: return "fraction"
    default: return "at least one"
    }
}
for v in [Double.nan, .infinity, -.infinity, 0, -2.5, 0.25, 7] {
    print(v, classify(v))
}
