class Shape {
    var name: String { "shape" }
    var area: Double { 0 }
    var summary: String { "\(name) with area \(area)" }
}

class Square: Shape {
    let side: Double
    init(side: Double) { self.side = side }
    override var name: String { "square" }
    override var area: Double { side * side }
}

class Circle: Shape {
    let r: Double
    init(r: Double) { self.r = r }
    override var name: String { "circle" }
    override var area: Double { 3.14 * r * r }
}

let shapes: [Shape] = [Square(side: 3), Circle(r: 1), Shape()]
for s in shapes {
    print(s.summary)
}
let total = shapes.reduce(0.0) { $0 + $1.area }
print(total)
