struct Matrix: CustomStringConvertible {
    let rows: Int
    let cols: Int
    private var grid: [Double]

    init(rows: Int, cols: Int, repeating value: Double = 0) {
        self.rows = rows
        self.cols = cols
        grid = Array(repeating: value, count: rows * cols)
    }

    init(_ values: [[Double]]) {
        self.init(rows: values.count, cols: values[0].count)
        for r in 0..<rows {
            for c in 0..<cols { self[r, c] = values[r][c] }
        }
    }

    static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, cols: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    subscript(r: Int, c: Int) -> Double {
        get { grid[r * cols + c] }
        set { grid[r * cols + c] = newValue }
    }

    static func * (a: Matrix, b: Matrix) -> Matrix {
        precondition(a.cols == b.rows, "shape mismatch")
        var out = Matrix(rows: a.rows, cols: b.cols)
        for i in 0..<a.rows {
            for j in 0..<b.cols {
                var sum = 0.0
                for k in 0..<a.cols { sum += a[i, k] * b[k, j] }
                out[i, j] = sum
            }
        }
        return out
    }

    var transposed: Matrix {
        var t = Matrix(rows: cols, cols: rows)
        for r in 0..<rows { for c in 0..<cols { t[c, r] = self[r, c] } }
        return t
    }

    var description: String {
        (0..<rows).map { r in
            (0..<cols).map { c in String(self[r, c]) }.joined(separator: " ")
        }.joined(separator: "\n")
    }
}

let a = Matrix([[1, 2], [3, 4], [5, 6]])
let b = Matrix([[7, 8, 9], [10, 11, 12]])
print(a * b)
print("---")
print(b * a)
print("---")
print(a.transposed)
print("---")
print((Matrix.identity(2) * b.transposed.transposed * a)[1, 1])
