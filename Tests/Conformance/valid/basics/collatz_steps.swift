func collatz(_ start: Int) -> Int {
    var n = start
    var steps = 0
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        steps += 1
    }
    return steps
}
for n in [1, 2, 3, 6, 7, 27] {
    print(n, collatz(n))
}
var best = (n: 1, steps: 0)
for n in 1..<1000 {
    let s = collatz(n)
    if s > best.steps { best = (n, s) }
}
print(best)
