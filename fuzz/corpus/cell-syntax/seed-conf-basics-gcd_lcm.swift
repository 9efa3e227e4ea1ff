func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (abs(a), abs(b))
    while y != 0 {
        (x, y) = (y, x % y)
    }
    return x
}
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
print(gcd(48, 18))
print(gcd(17, 5))
print(gcd(0, 9))
print(gcd(-12, 8))
print(lcm(4, 6))
print(lcm(21, 6))
let fractions = [(6, 8), (10, 25), (7, 3)]
for (n, d) in fractions {
    let g = gcd(n, d)
    print("\(n)/\(d) = \(n / g)/\(d / g)")
}
