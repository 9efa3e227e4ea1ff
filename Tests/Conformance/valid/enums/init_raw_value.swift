enum Floor: Int {
    case basement = -1, ground, first, second
}

if let f = Floor(rawValue: 1) {
    print(f)
}
let missing = Floor(rawValue: 7)
print(missing == nil)
print(Floor(rawValue: -1) as Any)
print(Floor(rawValue: 3) as Any)

enum Size: String {
    case small, medium, large
}

for text in ["small", "Large", "medium", "huge"] {
    if let s = Size(rawValue: text) {
        print("parsed \(s)")
    } else {
        print("unknown \(text)")
    }
}
let sizes = ["large", "x", "small"].compactMap(Size.init(rawValue:))
print(sizes.count)
