struct Point: Equatable { var x: Int, y: Int }
let a: Point? = Point(x: 1, y: 2)
let b: Point? = nil
print(a == Point(x: 1, y: 2))
print(b == nil)
print(a != b)
print(a as Any)
print(b as Any)
let points: [Point?] = [a, b, Point(x: 0, y: 0)]
print(points.firstIndex(of: nil) as Any)
print(points.compactMap { $0?.x })
