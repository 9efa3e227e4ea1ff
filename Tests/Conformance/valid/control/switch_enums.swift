enum Direction { case north, south, east, west }
func turnRight(_ d: Direction) -> Direction {
    switch d {
    case .north: return .east
    case .east: return .south
    case .south: return .west
    case .west: return .north
    }
}
var heading = Direction.north
for _ in 0..<5 {
    heading = turnRight(heading)
    print(heading)
}
let vertical: Bool
switch heading {
case .north, .south: vertical = true
case .east, .west: vertical = false
}
print(vertical)
