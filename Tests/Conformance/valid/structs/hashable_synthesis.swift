struct Coordinate: Hashable {
    var row: Int
    var col: Int
}

var visited = Set<Coordinate>()
let path = [
    Coordinate(row: 0, col: 0), Coordinate(row: 0, col: 1),
    Coordinate(row: 1, col: 1), Coordinate(row: 0, col: 1),
    Coordinate(row: 0, col: 0), Coordinate(row: 2, col: 2),
]
for step in path {
    visited.insert(step)
}
print(visited.count)
print(visited.contains(Coordinate(row: 1, col: 1)))
print(visited.contains(Coordinate(row: 5, col: 5)))

var hits: [Coordinate: Int] = [:]
for step in path {
    hits[step, default: 0] += 1
}
let sortedKeys = hits.keys.sorted { ($0.row, $0.col) < ($1.row, $1.col) }
for key in sortedKeys {
    print(key.row, key.col, hits[key]!)
}
