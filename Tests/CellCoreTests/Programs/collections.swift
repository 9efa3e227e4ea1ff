var a = [1, 2, 3]
a.append(4)
a[0] = 10
a[1] += 5
print(a, a.count, a.isEmpty, a.first!, a.last ?? 0)
print(a.contains(3), a + [5], a == [10, 7, 3, 4])
for (i, v) in a.enumerated() where i < 2 { print(i, v) }
var grid = [[Double]](repeating: [Double](repeating: 0, count: 2), count: 2)
grid[1][0] = 1.5
print(grid)
var counts: [String: Int] = [:]
for w in ["a", "b", "a"] { counts[w, default: 0] += 1 }
print(counts["a"]!, counts["c"] as Any, counts.count)
print(counts.keys.sorted())
var d = ["x": 1]
d["y"] = 2
d["x"] = nil
print(d)
let empty: [Int] = []
print(empty, [String: Int]())
