var a = 1
var b = 2
(a, b) = (b, a)
print(a, b)

var x = "left", y = "middle", z = "right"
(x, y, z) = (z, x, y)
print(x, y, z)

var fib = (0, 1)
for _ in 0..<10 {
    fib = (fib.1, fib.0 + fib.1)
}
print(fib.0)

var arr = [5, 3, 8, 1]
(arr[0], arr[3]) = (arr[3], arr[0])
print(arr)
arr.swapAt(1, 2)
print(arr)
swap(&a, &b)
print(a, b)
