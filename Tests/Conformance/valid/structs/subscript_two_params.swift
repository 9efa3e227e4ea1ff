struct Grid {
    let rows: Int
    let columns: Int
    var cells: [Int]

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        cells = Array(repeating: 0, count: rows * columns)
    }

    subscript(row: Int, column: Int) -> Int {
        get {
            return cells[row * columns + column]
        }
        set {
            cells[row * columns + column] = newValue
        }
    }
}

var g = Grid(rows: 3, columns: 4)
g[0, 0] = 1
g[1, 2] = 5
g[2, 3] = 9
g[1, 2] += 10
for r in 0..<g.rows {
    var line = ""
    for c in 0..<g.columns {
        line += "\(g[r, c]) "
    }
    print(line)
}
print(g.cells.reduce(0, +))
