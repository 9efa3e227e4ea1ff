class Point: Equatable {
    let x: Int
    let y: Int
    init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    static func == (lhs: Point, rhs: Point) -> Bool {
        lhs.x == rhs.x && lhs.y == rhs.y
    }
}

let p = Point(x: 1, y: 2)
let q = Point(x: 1, y: 2)
print(p == q)
print(p === q)
print(p != Point(x: 2, y: 1))
let points = [Point(x: 0, y: 0), q]
print(points.contains(p))
print(points.firstIndex(of: p)!)
