var balance = 1000.0
var years = 0
while balance < 2000 {
    balance *= 1.07
    years += 1
}
print(years, (balance * 100).rounded() / 100)
var a = 0, b = 1
var fib: [Int] = []
while a < 100 {
    fib.append(a)
    (a, b) = (b, a + b)
}
print(fib)
var n = 27
var steps = 0
while n != 1 {
    n = n.isMultiple(of: 2) ? n / 2 : 3 * n + 1
    steps += 1
}
print(steps)
