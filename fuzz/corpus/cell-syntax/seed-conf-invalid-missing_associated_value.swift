enum Shape {
    case circle(radius: Double)
    case square(side: Double)
}

let shapes: [Shape] = [.circle(radius: 1), .square]
print(shapes.count)
