func zone(_ cell: (row: Int, col: Int)) -> String {
    switch cell {
    case (0, 0):
        return "corner"
    case (0, _):
        return "top edge"
    case (_, 0):
        return "left edge"
    case (1...3, 1...3):
        return "center block"
    case let (r, c) where r + c == 10:
        return "anti-diagonal \(r)+\(c)"
    case let (r, c):
        return "outer cell \(r),\(c)"
    }
}

for cell in [(0, 0), (0, 4), (6, 0), (2, 3), (4, 6), (8, 9)] {
    print(cell, zone((row: cell.0, col: cell.1)))
}
