enum Direction {
    case north
    case south
    case east
    case west
}

var heading = Direction.north
print(heading)
heading = .west
print(heading)

func turnRight(_ d: Direction) -> Direction {
    switch d {
    case .north: return .east
    case .east: return .south
    case .south: return .west
    case .west: return .north
    }
}

var d = Direction.north
for _ in 0..<5 {
    d = turnRight(d)
    print(d, terminator: " ")
}
print()
print(d == .east)
print("heading \(heading)")
