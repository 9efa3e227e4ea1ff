struct Version: Equatable {
    var major: Int
    var minor: Int
    var patch: Int
}

let a = Version(major: 1, minor: 2, patch: 3)
let b = Version(major: 1, minor: 2, patch: 3)
let c = Version(major: 1, minor: 3, patch: 0)
print(a == b)
print(a == c)
print(a != c)

let versions = [a, c, b]
print(versions.contains(c))
print(versions.firstIndex(of: c) ?? -1)
print(versions.filter { $0 == a }.count)

struct Tagged: Equatable {
    var name: String
    var tags: [String]
    var weight: Double?
}
let t1 = Tagged(name: "x", tags: ["a"], weight: nil)
let t2 = Tagged(name: "x", tags: ["a"], weight: 1.0)
print(t1 == t2)
print(t1 == Tagged(name: "x", tags: ["a"], weight: nil))
