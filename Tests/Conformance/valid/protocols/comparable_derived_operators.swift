struct Version: Comparable, CustomStringConvertible {
    let parts: [Int]

    init(_ text: String) {
        parts = text.split(separator: ".").map { Int($0)! }
    }

    static func < (a: Version, b: Version) -> Bool {
        for (x, y) in zip(a.parts, b.parts) where x != y {
            return x < y
        }
        return a.parts.count < b.parts.count
    }

    var description: String { parts.map(String.init).joined(separator: ".") }
}

let v1 = Version("1.2.10")
let v2 = Version("1.10")
let v3 = Version("1.2")
print(v1 < v2, v1 > v2, v3 <= v1, v3 >= v1)
print(v1 == Version("1.2.10"))
let all = [v2, v1, v3, Version("0.9.9"), Version("1.2.9")]
print(all.sorted())
print(all.max()!, all.min()!)
print(max(v1, v3), min(v1, v2))
print(all.sorted().reversed().map(\.description))
