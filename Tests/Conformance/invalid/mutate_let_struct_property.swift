struct Point {
    var x: Int
    var y: Int
}

let origin = Point(x: 0, y: 0)
print(origin.x)
origin.x = 10
print(origin)
