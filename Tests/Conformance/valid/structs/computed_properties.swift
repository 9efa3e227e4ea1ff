struct Rectangle {
    var width: Double
    var height: Double

    var area: Double {
        width * height
    }

    var perimeter: Double {
        return 2 * (width + height)
    }

    var isSquare: Bool {
        get { width == height }
    }
}

let r = Rectangle(width: 4, height: 2.5)
print(r.area)
print(r.perimeter)
print(r.isSquare)
let sq = Rectangle(width: 3, height: 3)
print(sq.area, sq.isSquare)

struct Circle {
    var radius: Double
    var diameter: Double {
        get { radius * 2 }
        set { radius = newValue / 2 }
    }
    var circumference: Double {
        get { 2 * 3.0 * radius }
        set(length) { radius = length / 6.0 }
    }
}

var c = Circle(radius: 1)
print(c.diameter)
c.diameter = 10
print(c.radius)
c.circumference = 12
print(c.radius, c.diameter)
