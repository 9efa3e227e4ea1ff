import Foundation

protocol Shape: CustomStringConvertible {
    var area: Double { get }
    var perimeter: Double { get }
    var name: String { get }
}

extension Shape {
    var description: String {
        String(format: "%@: area %.2f, perimeter %.2f", name, area, perimeter)
    }
}

struct Circle: Shape {
    let radius: Double
    var area: Double { Double.pi * radius * radius }
    var perimeter: Double { 2 * Double.pi * radius }
    var name: String { "Circle" }
}

struct Rectangle: Shape {
    let width: Double, height: Double
    var area: Double { width * height }
    var perimeter: Double { 2 * (width + height) }
    var name: String { width == height ? "Square" : "Rectangle" }
}

struct Triangle: Shape {
    let a: Double, b: Double, c: Double
    var perimeter: Double { a + b + c }
    var area: Double {
        let s = perimeter / 2
        return sqrt(s * (s - a) * (s - b) * (s - c))
    }
    var name: String { "Triangle" }
}

let shapes: [Shape] = [
    Circle(radius: 1.5), Rectangle(width: 3, height: 4),
    Rectangle(width: 2, height: 2), Triangle(a: 3, b: 4, c: 5),
]
for s in shapes { print(s) }
let sorted = shapes.sorted { $0.area > $1.area }
print(sorted.map(\.name))
let totalArea = shapes.reduce(0) { $0 + $1.area }
print(String(format: "total area %.3f", totalArea))
let large = shapes.filter { $0.area > 5 }
print(large.count)
