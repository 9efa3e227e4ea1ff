var grid = [[Int]](repeating: [Int](repeating: 0, count: 4), count: 3)
grid[1][2] = 5
grid[0][0] = 1
print(grid)
for row in grid {
    print(row.map(String.init).joined(separator: " "))
}
let triangle = (1...4).map { n in Array(1...n) }
print(triangle)
print(triangle.map { $0.reduce(0, +) })
let transposed = (0..<4).map { c in grid.map { $0[c] } }
print(transposed)
print(grid.flatMap { $0 }.filter { $0 != 0 })
