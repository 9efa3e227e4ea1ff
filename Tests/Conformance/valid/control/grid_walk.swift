var position = (x: 0, y: 0)
let moves = "NNESSWWWN"
var visited = [(0, 0)]
for m in moves {
    switch m {
    case "N": position.y += 1
    case "S": position.y -= 1
    case "E": position.x += 1
    case "W": position.x -= 1
    default: continue
    }
    visited.append((position.x, position.y))
}
print(position)
print(visited.count)
let distance = abs(position.x) + abs(position.y)
print("manhattan distance:", distance)
let xs = visited.map { $0.0 }
print(xs.min()!, xs.max()!)
