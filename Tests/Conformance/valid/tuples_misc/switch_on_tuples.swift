func classify(_ point: (Int, Int)) -> String {
    switch point {
    case (0, 0):
        return "origin"
    case (_, 0):
        return "on the x-axis"
    case (0, _):
        return "on the y-axis"
    case (-2...2, -2...2):
        return "inside the box"
    case let (x, y) where x == y:
        return "on the diagonal at \(x)"
    case let (x, y):
        return "somewhere else (\(x), \(y))"
    }
}

for p in [(0, 0), (5, 0), (0, -3), (1, 2), (7, 7), (9, -4)] {
    print(p, classify(p))
}
