infix operator **: MultiplicationPrecedence
func ** (base: Int, exp: Int) -> Int {
    (0..<exp).reduce(1) { acc, _ in acc * base }
}
print(2 ** 10)
print(3 ** 3 + 1)
struct Vec { var x: Double, y: Double }
func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
func * (k: Double, v: Vec) -> Vec { Vec(x: k * v.x, y: k * v.y) }
prefix func - (v: Vec) -> Vec { Vec(x: -v.x, y: -v.y) }
let v = Vec(x: 1, y: 2) + 2 * Vec(x: 0.5, y: -1)
print(v)
print(-v)
func += (a: inout Vec, b: Vec) { a = a + b }
var p = Vec(x: 0, y: 0)
p += Vec(x: 3, y: 4)
print(p)
