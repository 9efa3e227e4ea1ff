enum Compass: String {
    case north, south
    case east = "E"
    case west = "W"
}

print(Compass.north.rawValue)
print(Compass.south.rawValue)
print(Compass.east.rawValue)
print(Compass.west)

enum HTTPMethod: String {
    case get = "GET", post = "POST", delete = "DELETE"
}

let m = HTTPMethod.post
print(m.rawValue.lowercased())
print("\(m) -> \(m.rawValue)")
print([HTTPMethod.get, .delete].map { $0.rawValue })

enum Grade: Character {
    case a = "A", b = "B", c = "C"
}
print(Grade.b.rawValue)
