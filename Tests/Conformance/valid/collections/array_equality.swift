let a = [1, 2, 3]
let b = [1, 2, 3]
var c = a
c.append(4)
print(a == b, a == c, a != c)
print([[1], [2, 3]] == [[1], [2, 3]])
print([String]() == [])
print(["x"] == ["X"])
print(a.elementsEqual([1, 2, 3]))
print(a.starts(with: [1, 2]))
print([1.0, 2.0] == [1, 2])
let d = c.dropLast()
print(Array(d) == a)
