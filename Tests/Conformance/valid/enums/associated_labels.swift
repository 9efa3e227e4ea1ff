enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case triangle(base: Double, height: Double)
}

let shapes: [Shape] = [
    .circle(radius: 2.0),
    .rectangle(width: 3, height: 4),
    .triangle(base: 6, height: 2),
]

for s in shapes {
    print(s)
}

func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r):
        return 3.0 * r * r
    case .rectangle(let w, let h):
        return w * h
    case let .triangle(base: b, height: h):
        return 0.5 * b * h
    }
}
print(shapes.map(area))
print(Shape.circle(radius: 2.0))
print("\(Shape.rectangle(width: 1, height: 2))")
