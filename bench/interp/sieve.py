# sieve: sieve of Eratosthenes over a list of bools, then count the primes.
def main():
    limit = 10_000_000
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            m = p * p
            while m <= limit:
                is_prime[m] = False
                m += p
        p += 1
    count = 0
    last = 0
    for i in range(limit + 1):
        if is_prime[i]:
            count += 1
            last = i
    print(count * 10_000_000 + last)

main()
