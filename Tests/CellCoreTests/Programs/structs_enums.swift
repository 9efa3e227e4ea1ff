struct Point: CustomStringConvertible {
    var x: Int
    var y: Int
    var description: String { "(\(x), \(y))" }
    mutating func move(by d: Int) {
        x += d
        y += d
    }
    func distance() -> Int { x * x + y * y }
}
struct Plain {
    var a: Int
    var b: String
}
var p = Point(x: 1, y: 2)
var q = p
q.move(by: 1)
print(p, q, q.distance())
print(Plain(a: 1, b: "s"), [Plain(a: 2, b: "t")])
enum Direction: String, CaseIterable {
    case north = "N"
    case south = "S"
}
enum Shape {
    case circle(radius: Double)
    case rect(w: Double, h: Double)
    case dot
}
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): return 3 * r * r
    case .rect(let w, let h): return w * h
    case .dot: return 0
    }
}
print(
    Direction.north, Direction.north.rawValue, Direction(rawValue: "S") as Any,
    Direction.allCases.count)
let shapes: [Shape] = [.circle(radius: 1), .rect(w: 2, h: 3), .dot]
print(shapes.map(area), shapes[0])
