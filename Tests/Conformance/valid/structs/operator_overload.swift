struct Vec2 {
    var x: Double
    var y: Double

    static func + (lhs: Vec2, rhs: Vec2) -> Vec2 {
        Vec2(x: lhs.x + rhs.x, y: lhs.y + rhs.y)
    }

    static func - (lhs: Vec2, rhs: Vec2) -> Vec2 {
        Vec2(x: lhs.x - rhs.x, y: lhs.y - rhs.y)
    }

    static func * (scalar: Double, v: Vec2) -> Vec2 {
        Vec2(x: scalar * v.x, y: scalar * v.y)
    }

    static prefix func - (v: Vec2) -> Vec2 {
        Vec2(x: -v.x, y: -v.y)
    }

    static func += (lhs: inout Vec2, rhs: Vec2) {
        lhs = lhs + rhs
    }
}

let a = Vec2(x: 1, y: 2)
let b = Vec2(x: 0.5, y: -1)
print(a + b)
print(a - b)
print(2 * a)
print(-b)
var acc = Vec2(x: 0, y: 0)
for _ in 0..<3 { acc += a }
print(acc)
