import Foundation

func sieve(upTo n: Int) -> [Int] {
    guard n >= 2 else { return [] }
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false
    isPrime[1] = false
    var p = 2
    while p * p <= n {
        if isPrime[p] {
            for multiple in stride(from: p * p, through: n, by: p) {
                isPrime[multiple] = false
            }
        }
        p += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}

func factorize(_ n: Int) -> [(prime: Int, power: Int)] {
    var result: [(Int, Int)] = []
    var rest = n
    for p in sieve(upTo: Int(Double(n).squareRoot()) + 1) {
        var k = 0
        while rest % p == 0 { rest /= p; k += 1 }
        if k > 0 { result.append((p, k)) }
    }
    if rest > 1 { result.append((rest, 1)) }
    return result
}

let primes = sieve(upTo: 100)
print(primes)
print(primes.count, primes.reduce(0, +))
let twins = zip(primes, primes.dropFirst()).filter { $1 - $0 == 2 }
print(twins.map { "(\($0.0),\($0.1))" }.joined(separator: " "))
for n in [84, 97, 360, 1001] {
    let parts = factorize(n).map { $0.power == 1 ? "\($0.prime)" : "\($0.prime)^\($0.power)" }
    print(n, "=", parts.joined(separator: " * "))
}
