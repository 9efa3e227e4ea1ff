struct Point {
    var x: Int
    var y: Int
}

let a = Point(x: 1, y: 2)
let visited: Set<Point> = [a]
print(visited.count)
