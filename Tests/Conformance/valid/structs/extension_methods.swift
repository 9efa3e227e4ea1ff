import Foundation

struct Vector {
    var x: Double
    var y: Double
}

extension Vector {
    var length: Double {
        (x * x + y * y).squareRoot()
    }

    func scaled(by factor: Double) -> Vector {
        Vector(x: x * factor, y: y * factor)
    }

    mutating func normalize() {
        let len = length
        x /= len
        y /= len
    }

    static var zero: Vector { Vector(x: 0, y: 0) }
}

extension Vector: CustomStringConvertible {
    var description: String { "<\(x), \(y)>" }
}

var v = Vector(x: 3, y: 4)
print(v.length)
print(v.scaled(by: 2))
v.normalize()
print(v)
print(Vector.zero)
print(Vector.zero.length)
