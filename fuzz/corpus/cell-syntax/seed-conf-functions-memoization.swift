var memo: [Int: Int] = [:]
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let cached = memo[n] { return cached }
    let result = fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result
}
print(fib(50))
print(fib(90))
print(memo.count)
func memoize<In: Hashable, Out>(_ f: @escaping (In) -> Out) -> (In) -> Out {
    var cache: [In: Out] = [:]
    return { input in
        if let hit = cache[input] { return hit }
        let value = f(input)
        cache[input] = value
        return value
    }
}
var calls = 0
let slowSquare = memoize { (n: Int) -> Int in calls += 1; return n * n }
print(slowSquare(9), slowSquare(9), slowSquare(3))
print("calls:", calls)
