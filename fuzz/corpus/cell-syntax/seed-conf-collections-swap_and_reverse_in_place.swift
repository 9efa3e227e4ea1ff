var a = [1, 2, 3, 4, 5]
a.swapAt(0, 4)
print(a)
a.reverse()
print(a)
a.swapAt(1, 1)
print(a)
var grid = ["a", "b", "c", "d", "e", "f"]
for i in stride(from: 0, to: grid.count - 1, by: 2) {
    grid.swapAt(i, i + 1)
}
print(grid)
var letters = Array("rotate")
letters = Array(letters[2...] + letters[..<2])
print(String(letters))
