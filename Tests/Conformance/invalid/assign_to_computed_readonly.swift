struct Circle {
    var radius: Double
    var diameter: Double {
        radius * 2
    }
}

var c = Circle(radius: 1)
c.diameter = 10
print(c.radius)
