let odds: Set = [1, 3, 5, 7, 9]
let primes: Set = [2, 3, 5, 7]
print(odds.union(primes).sorted())
print(odds.intersection(primes).sorted())
print(odds.subtracting(primes).sorted())
print(odds.symmetricDifference(primes).sorted())
print(odds.contains(3), odds.contains(4))
print(Set([3, 5]).isSubset(of: odds))
print(odds.isSuperset(of: [1, 9]))
print(odds.isDisjoint(with: [2, 4]))
print(odds.count, primes.count)
print(Set([1, 1, 2, 2, 3]).count)
