func greet(_ name: String, greeting: String = "Hello") -> String {
    return "\(greeting), \(name)!"
}
print(greet("Ann"), greet("Bob", greeting: "Hi"))
print(fib(20))
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
func swapped(_ a: inout Int, _ b: inout Int) {
    let t = a
    a = b
    b = t
}
var x = 1
var y = 2
swapped(&x, &y)
print(x, y)
func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    var lo = xs[0]
    var hi = xs[0]
    for v in xs {
        if v < lo { lo = v }
        if v > hi { hi = v }
    }
    return (lo, hi)
}
let m = minMax([3, 1, 4, 1, 5])
print(m, m.min, m.max)
func makeCounter() -> () -> Int {
    var count = 0
    func next() -> Int {
        count += 1
        return count
    }
    return next
}
let counter = makeCounter()
_ = counter()
print(counter(), counter())
