// sieve: sieve of Eratosthenes over a [Bool], then count the primes.
let limit = 10_000_000
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
var count = 0
var last = 0
for i in 0...limit {
    if isPrime[i] {
        count += 1
        last = i
    }
}
print(count * 10_000_000 + last)
