protocol Shape {
    func area() -> Double
    var name: String { get }
}

struct Circle: Shape {
    let radius: Double
    func area() -> Double { 3.0 * radius * radius }
    var name: String { "circle" }
}

struct Rect: Shape {
    let w: Double, h: Double
    func area() -> Double { w * h }
    var name: String { "rect" }
}

let shapes: [any Shape] = [Circle(radius: 1), Rect(w: 2, h: 5), Circle(radius: 2)]
for s in shapes {
    print(s.name, s.area())
}
let total = shapes.map { $0.area() }.reduce(0, +)
print(total)
let biggest = shapes.max { $0.area() < $1.area() }!
print(biggest.name, biggest.area())
let circles = shapes.compactMap { $0 as? Circle }
print(circles.map(\.radius))
var mixed: [Shape] = []
mixed.append(Rect(w: 1, h: 1))
print(mixed.count, mixed[0] is Rect)
