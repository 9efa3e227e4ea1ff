typealias Matrix = [[Double]]
func multiply(_ a: Matrix, _ b: Matrix) -> Matrix {
    let n = a.count, m = b[0].count, k = b.count
    var result = Matrix(repeating: [Double](repeating: 0, count: m), count: n)
    for i in 0..<n {
        for j in 0..<m {
            for t in 0..<k {
                result[i][j] += a[i][t] * b[t][j]
            }
        }
    }
    return result
}
let a: Matrix = [[1, 2], [3, 4]]
let b: Matrix = [[0.5, 0], [1, -1]]
print(multiply(a, b))
let identity: Matrix = [[1, 0], [0, 1]]
print(multiply(a, identity) == a)
let v: Matrix = [[1], [1]]
print(multiply(a, v))
for row in multiply(b, a) {
    print(row.map { String($0) }.joined(separator: "\t"))
}
