struct Point {
    var x: Int
    var y: Int
}

let origin = Point(x: 0, y: 0)
let p = Point(x: 3, y: -4)
print(origin.x, origin.y)
print(p.x + p.y)
print("p is at (\(p.x), \(p.y))")

struct Size {
    var width = 10.0
    var height = 5.0
}

let s1 = Size()
let s2 = Size(width: 2.5)
let s3 = Size(height: 1.5)
let s4 = Size(width: 3, height: 4)
print(s1.width, s1.height)
print(s2.width, s2.height)
print(s3.width, s3.height)
print(s4.width * s4.height)
