func primeFactors(_ n: Int) -> [Int] {
    var n = n
    var factors: [Int] = []
    var d = 2
    while d * d <= n {
        while n % d == 0 {
            factors.append(d)
            n /= d
        }
        d += 1
    }
    if n > 1 { factors.append(n) }
    return factors
}
for n in [2, 12, 97, 360, 1001, 65536] {
    let f = primeFactors(n)
    print(n, "=", f.map(String.init).joined(separator: " x "))
}
