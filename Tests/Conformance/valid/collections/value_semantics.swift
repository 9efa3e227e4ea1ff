var original = [1, 2, 3]
var copy = original
copy.append(4)
print(original)
print(copy)
func addOne(_ xs: [Int]) -> [Int] {
    var ys = xs
    ys.append(1)
    return ys
}
let result = addOne(original)
print(original, result)
var matrix = [[1, 2], [3, 4]]
var row = matrix[0]
row[0] = 99
print(matrix, row)
matrix[1][1] = 0
print(matrix)
