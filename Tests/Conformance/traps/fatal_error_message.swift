enum Shape { case circle, square, hexagon }
func sides(_ s: Shape) -> Int {
    switch s {
    case .circle: return 0
    case .square: return 4
    case .hexagon: fatalError("hexagons are not supported yet")
    }
}
print(sides(.square))
print(sides(.circle))
print(sides(.hexagon))
