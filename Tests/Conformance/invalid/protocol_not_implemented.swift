protocol Shape {
    func area() -> Double
    var name: String { get }
}

struct Square: Shape {
    var side: Double
    var name: String { "square" }
}

print(Square(side: 2).name)
