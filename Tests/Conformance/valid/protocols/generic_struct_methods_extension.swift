struct Matrix<T: Numeric> {
    let rows: Int, cols: Int
    var data: [T]

    init(rows: Int, cols: Int, data: [T]) {
        self.rows = rows
        self.cols = cols
        self.data = data
    }

    subscript(r: Int, c: Int) -> T { data[r * cols + c] }
}

extension Matrix {
    func transposed() -> Matrix {
        var out: [T] = []
        for c in 0..<cols {
            for r in 0..<rows { out.append(self[r, c]) }
        }
        return Matrix(rows: cols, cols: rows, data: out)
    }

    var trace: T {
        var t: T = 0
        for i in 0..<min(rows, cols) { t += self[i, i] }
        return t
    }
}

let m = Matrix(rows: 2, cols: 3, data: [1, 2, 3, 4, 5, 6])
let t = m.transposed()
print(t.rows, t.cols, t.data)
print(m.trace, t.trace)
let d = Matrix(rows: 2, cols: 2, data: [0.5, 1.0, 2.0, 1.5])
print(d.trace)
