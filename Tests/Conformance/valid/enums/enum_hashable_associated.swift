enum Cell: Hashable {
    case empty
    case wall
    case item(String)
    case door(locked: Bool)
}

let map: [Cell] = [.empty, .wall, .item("key"), .empty, .door(locked: true), .item("key"),
                   .item("gem"), .door(locked: false), .wall]
let unique = Set(map)
print(unique.count)
print(unique.contains(.item("gem")), unique.contains(.item("map")))

var counts: [Cell: Int] = [:]
for c in map { counts[c, default: 0] += 1 }
print(counts[.empty]!, counts[.wall]!, counts[.item("key")]!)
print(counts[.door(locked: true)]!, counts[.door(locked: false)]!)
print(counts[.item("sword")] ?? 0)
let items = map.compactMap { cell -> String? in
    if case .item(let name) = cell { return name }
    return nil
}
print(items)
