let m = [[1, 2, 3], [4, 5, 6]]
let t = (0..<m[0].count).map { c in m.map { $0[c] } }
print(t)
let rowSums = m.map { $0.reduce(0, +) }
let colSums = t.map { $0.reduce(0, +) }
print(rowSums, colSums)
let total = m.joined().reduce(0, +)
print(total)
let scaled = m.map { $0.map { $0 * 10 } }
print(scaled)
let diag = [[1, 2], [3, 4]].enumerated().map { $0.element[$0.offset] }
print(diag)
