class Matrix {
    let rows: Int, cols: Int
    private var data: [Double]

    init(rows: Int, cols: Int, fill: Double = 0) {
        self.rows = rows
        self.cols = cols
        data = Array(repeating: fill, count: rows * cols)
    }

    subscript(r: Int, c: Int) -> Double {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }

    subscript(row r: Int) -> [Double] {
        Array(data[(r * cols)..<((r + 1) * cols)])
    }
}

let m = Matrix(rows: 2, cols: 3, fill: 1)
m[0, 1] = 5
m[1, 2] = -2
let alias = m
alias[1, 0] = 7
print(m[row: 0])
print(m[row: 1])
print(m[1, 0] + m[0, 1])
