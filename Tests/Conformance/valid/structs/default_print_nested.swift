struct Point {
    var x: Int
    var y: Int
}

struct Segment {
    var start: Point
    var end: Point
}

struct Polygon {
    var name: String
    var vertices: [Point]
}

let seg = Segment(start: Point(x: 0, y: 0), end: Point(x: 3, y: 4))
print(seg)
let tri = Polygon(name: "tri", vertices: [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 0, y: 1)])
print(tri)
print([Point(x: 1, y: 1), Point(x: 2, y: 2)])
let maybe: Point? = Point(x: 5, y: 6)
print(maybe as Any)
print(String(describing: maybe))
debugPrint(Point(x: 7, y: 8))
