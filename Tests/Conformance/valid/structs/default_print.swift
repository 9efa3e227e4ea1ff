struct Point {
    var x: Int
    var y: Int
}

struct Person {
    var name: String
    var age: Int
    var score: Double
    var active: Bool
}

print(Point(x: 1, y: 2))
let p = Person(name: "Ada", age: 36, score: 9.5, active: true)
print(p)
print("value: \(Point(x: -3, y: 0))")
print(String(describing: p))

struct Tags {
    var items: [String]
    var counts: [Int]
    var note: String?
}

print(Tags(items: ["a", "b"], counts: [1, 2, 3], note: nil))
print(Tags(items: [], counts: [], note: "hi"))
