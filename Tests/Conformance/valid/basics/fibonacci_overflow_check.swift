var a = 0, b = 1
var n = 1
while true {
    let (next, overflow) = a.addingReportingOverflow(b)
    if overflow { break }
    a = b
    b = next
    n += 1
}
print("largest Int Fibonacci is F(\(n)) =", b)
var fibs = [0, 1]
while fibs.count < 15 {
    fibs.append(fibs[fibs.count - 1] + fibs[fibs.count - 2])
}
print(fibs)
