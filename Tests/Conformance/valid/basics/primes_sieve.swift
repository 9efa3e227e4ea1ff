let limit = 50
var isPrime = [Bool](repeating: true, count: limit + 1)
isPrime[0] = false
isPrime[1] = false
var p = 2
while p * p <= limit {
    if isPrime[p] {
        var m = p * p
        while m <= limit {
            isPrime[m] = false
            m += p
        }
    }
    p += 1
}
let primes = (0...limit).filter { isPrime[$0] }
print(primes)
print("count:", primes.count)
print("sum:", primes.reduce(0, +))
