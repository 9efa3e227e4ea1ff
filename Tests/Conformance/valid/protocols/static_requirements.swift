protocol Shape {
    static var sides: Int { get }
    static func describe() -> String
    init(size: Double)
    var size: Double { get }
}

struct Triangle: Shape {
    static let sides = 3
    static func describe() -> String { "a triangle" }
    let size: Double
    init(size: Double) { self.size = size }
}

struct Square: Shape {
    static var sides: Int { 4 }
    static func describe() -> String { "a square" }
    var size: Double
}

func make<S: Shape>(_ type: S.Type, size: Double) -> S {
    print("making \(S.describe()) with \(S.sides) sides")
    return S(size: size)
}

let t = make(Triangle.self, size: 2)
let s = make(Square.self, size: 3.5)
print(t.size, s.size)
print(Triangle.sides + Square.sides)
