func multiplier(_ factor: Int) -> (Int) -> Int {
    { $0 * factor }
}
let triple = multiplier(3)
let tenfold = multiplier(10)
print(triple(7), tenfold(7))
let adders = (1...3).map { n in { (x: Int) in x + n } }
print(adders.map { $0(100) })
func curry(_ f: @escaping (Int, Int) -> Int) -> (Int) -> (Int) -> Int {
    { a in { b in f(a, b) } }
}
let curriedPow = curry { base, exp in (0..<exp).reduce(1) { acc, _ in acc * base } }
print(curriedPow(2)(8))
let plus = curry(+)
print(plus(4)(5))
