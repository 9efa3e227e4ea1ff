struct Fibonacci {
    static var cache: [Int: Int] = [0: 0, 1: 1]
    static var calls = 0

    static func value(_ n: Int) -> Int {
        calls += 1
        if let hit = cache[n] { return hit }
        let v = value(n - 1) + value(n - 2)
        cache[n] = v
        return v
    }
}

print(Fibonacci.value(10))
print(Fibonacci.calls)
print(Fibonacci.value(30))
print(Fibonacci.calls)
Fibonacci.calls = 0
print(Fibonacci.value(25), Fibonacci.calls)
print(Fibonacci.cache.count)
print(Fibonacci.cache.keys.max()!)
