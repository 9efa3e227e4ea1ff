class Shape {
    var sides: Int
    var label: String

    init() {
        sides = 0
        label = "shape"
    }

    func info() -> String { "\(label) with \(sides) sides" }
}

class Pentagon: Shape {
    override init() {
        super.init()
        sides = 5
        label = "pentagon"
    }
}

class Polygon: Shape {
    init(sides: Int) {
        super.init()
        self.sides = sides
        label = "\(sides)-gon"
    }
}

print(Shape().info())
print(Pentagon().info())
print(Polygon(sides: 12).info())
let shapes: [Shape] = [Pentagon(), Polygon(sides: 3)]
print(shapes.map(\.sides).reduce(0, +))
