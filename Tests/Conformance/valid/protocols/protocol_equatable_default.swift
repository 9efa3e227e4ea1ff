protocol Shape {
    var corners: Int { get }
    func scaled(_ k: Double) -> Self
}

extension Shape where Self: Equatable {
    func isUnchangedByScaling(_ k: Double) -> Bool {
        scaled(k) == self
    }
}

struct Dot: Shape, Equatable {
    var corners: Int { 0 }
    func scaled(_ k: Double) -> Dot { self }
}

struct Square: Shape, Equatable {
    var side: Double
    var corners: Int { 4 }
    func scaled(_ k: Double) -> Square { Square(side: side * k) }
}

print(Dot().isUnchangedByScaling(3))
print(Square(side: 2).isUnchangedByScaling(1))
print(Square(side: 2).isUnchangedByScaling(2))
print(Square(side: 0).isUnchangedByScaling(5))
print(Square(side: 1.5).scaled(2).side)
