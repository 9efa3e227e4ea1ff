let (x, y) = (10, 20)
print(x + y)
let (name, _, age) = ("Ada", "Lovelace", 36)
print(name, age)

func minMax(_ values: [Int]) -> (min: Int, max: Int)? {
    guard var lo = values.first else { return nil }
    var hi = lo
    for v in values.dropFirst() {
        if v < lo { lo = v }
        if v > hi { hi = v }
    }
    return (lo, hi)
}

if let bounds = minMax([8, -6, 2, 109, 3, 71]) {
    print("min is \(bounds.min) and max is \(bounds.max)")
}
let (lo, hi) = minMax([5])!
print(lo, hi)
print(minMax([]) == nil)

let pairs = [("a", 1), ("b", 2), ("c", 3)]
for (letter, number) in pairs {
    print(letter, number)
}
let total = pairs.map { $0.1 }.reduce(0, +)
print(total)
