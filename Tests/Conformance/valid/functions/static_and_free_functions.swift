enum Geometry {
    static func circleArea(radius r: Double) -> Double { Double.pi * r * r }
    static func hypotenuse(_ a: Double, _ b: Double) -> Double { (a * a + b * b).squareRoot() }
    static let unitSquare = 1.0
}
print(Geometry.circleArea(radius: 1))
print(Geometry.circleArea(radius: 2.5))
print(Geometry.hypotenuse(5, 12))
print(Geometry.unitSquare)
extension Int {
    func times(_ f: () -> Void) { for _ in 0..<self { f() } }
    var squared: Int { self * self }
}
3.times { print("hi") }
print(7.squared, (-4).squared)
