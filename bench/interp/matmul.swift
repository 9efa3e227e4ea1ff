// matmul: naive 80x80 matrix product over nested [[Double]] arrays, repeated.
let n = 80
var a = [[Double]](repeating: [Double](repeating: 0.0, count: n), count: n)
var b = [[Double]](repeating: [Double](repeating: 0.0, count: n), count: n)
for i in 0..<n {
    for j in 0..<n {
        a[i][j] = Double((i * 3 + j) % 11) * 0.5
        b[i][j] = Double((i + j * 5) % 7) - 3.0
    }
}
var checksum = 0.0
for rep in 0..<40 {
    a[rep % n][(rep * 7) % n] += 1.0
    var c = [[Double]](repeating: [Double](repeating: 0.0, count: n), count: n)
    for i in 0..<n {
        for j in 0..<n {
            var sum = 0.0
            for k in 0..<n {
                sum += a[i][k] * b[k][j]
            }
            c[i][j] = sum
        }
    }
    for i in 0..<n {
        for j in 0..<n {
            checksum += c[i][j]
        }
    }
}
print(Int(checksum))
