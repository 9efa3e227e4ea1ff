struct Circle {
    var radius: Double
    func area() -> Double { 3.14 * radius * radius }
}

let c = Circle(radius: 2)
print(c.area())
print(Circle.radius)
