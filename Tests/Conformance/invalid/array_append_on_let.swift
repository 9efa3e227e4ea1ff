let primes = [2, 3, 5, 7]
print(primes.count)
primes.append(11)
print(primes)
