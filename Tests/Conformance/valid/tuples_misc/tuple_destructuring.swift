let (width, height) = (1920, 1080)
print(width * height)
let (city, _, population) = ("Lyon", "France", 522_000)
print(city, population)

func spread(_ values: [Double]) -> (low: Double, high: Double, range: Double)? {
    guard let lo = values.min(), let hi = values.max() else { return nil }
    return (lo, hi, hi - lo)
}

if let s = spread([4.5, -1.0, 9.25, 3.0]) {
    print("from \(s.low) to \(s.high), range \(s.range)")
}
let (lo, hi, _) = spread([2.0])!
print(lo, hi)
print(spread([]) == nil)

let scores = [("kim", 12), ("lee", 30), ("max", 7)]
for (player, points) in scores {
    print(player, points)
}
print(scores.map { $0.1 }.reduce(0, +))
