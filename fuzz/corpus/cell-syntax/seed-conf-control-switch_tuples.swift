func locate(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0):
        return "origin"
    case (_, 0):
        return "on the x-axis"
    case (0, _):
        return "on the y-axis"
    case (-2...2, -2...2):
        return "near the origin"
    case let (x, y) where x == y:
        return "on the diagonal at \(x)"
    case let (x, y):
        return "somewhere at (\(x), \(y))"
    }
}
for p in [(0, 0), (3, 0), (0, -4), (1, 2), (5, 5), (7, -1)] {
    print(p, locate(p))
}
