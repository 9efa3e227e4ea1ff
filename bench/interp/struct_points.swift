// struct_points: an array of struct Point values with a method; sum of distances along a path.
struct Point {
    var x: Double
    var y: Double

    func distance(to other: Point) -> Double {
        let dx = x - other.x
        let dy = y - other.y
        return (dx * dx + dy * dy).squareRoot()
    }
}

var seed = 11
func next() -> Int {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed
}

var points: [Point] = []
for _ in 0..<100_000 {
    let x = Double(next() % 1_000)
    let y = Double(next() % 1_000)
    points.append(Point(x: x, y: y))
}
var total = 0.0
for round in 0..<50 {
    for i in 1..<points.count {
        total += points[i].distance(to: points[i - 1])
    }
    points[round].x += 1.0
}
print(Int(total))
