class Shape {
    static var created = 0
    class var kind: String { "shape" }
    static func resetCount() { created = 0 }
    class func make() -> Shape { Shape() }

    init() { Shape.created += 1 }

    func describe() -> String { "I am a \(type(of: self).kind)" }
}

class Triangle: Shape {
    override class var kind: String { "triangle" }
    override class func make() -> Shape { Triangle() }
}

let a = Shape.make()
let b = Triangle.make()
let c = Triangle()
print(Shape.created)
print(a.describe())
print(b.describe())
print(c.describe())
print(Shape.kind, Triangle.kind)
Shape.resetCount()
print(Shape.created)
