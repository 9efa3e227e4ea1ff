typealias Matrix = [[Double]]

func minor(_ m: Matrix, removingRow r: Int, column c: Int) -> Matrix {
    m.enumerated().filter { $0.offset != r }.map { row in
        row.element.enumerated().filter { $0.offset != c }.map(\.element)
    }
}

func determinant(_ m: Matrix) -> Double {
    if m.count == 1 { return m[0][0] }
    if m.count == 2 { return m[0][0] * m[1][1] - m[0][1] * m[1][0] }
    var det = 0.0
    for c in 0..<m.count {
        let sign: Double = c % 2 == 0 ? 1 : -1
        det += sign * m[0][c] * determinant(minor(m, removingRow: 0, column: c))
    }
    return det
}

func transpose(_ m: Matrix) -> Matrix {
    (0..<m[0].count).map { c in m.map { $0[c] } }
}

func inverse(_ m: Matrix) -> Matrix? {
    let det = determinant(m)
    if det == 0 { return nil }
    let n = m.count
    let cofactors: Matrix = (0..<n).map { r in
        (0..<n).map { c in
            ((r + c) % 2 == 0 ? 1 : -1) * determinant(minor(m, removingRow: r, column: c))
        }
    }
    return transpose(cofactors).map { $0.map { $0 / det } }
}

let a: Matrix = [[2, 0, 1], [1, 3, 2], [1, 1, 2]]
let singular: Matrix = [[1, 2], [2, 4]]
print(determinant(a))
print(determinant(singular))
print(determinant([[5]]))
print(determinant([[1, 2, 3, 4], [5, 6, 7, 8], [2, 6, 4, 8], [3, 1, 1, 2]]))
if let inv = inverse(a) {
    for row in inv { print(row) }
}
print(inverse(singular) == nil)
