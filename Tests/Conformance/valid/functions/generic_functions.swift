func swapPair<T>(_ pair: (T, T)) -> (T, T) { (pair.1, pair.0) }
print(swapPair((1, 2)))
print(swapPair(("a", "b")))
func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2]) as Any)
print(largest(["pear", "apple", "zucchini"]) as Any)
print(largest([Double]()) as Any)
func countMatches<T: Equatable>(_ xs: [T], _ target: T) -> Int {
    xs.filter { $0 == target }.count
}
print(countMatches([1, 2, 1, 1], 1))
print(countMatches(Array("banana"), "a"))
func pairUp<A, B>(_ a: [A], _ b: [B]) -> [(A, B)] { Array(zip(a, b)) }
print(pairUp([1, 2], ["x", "y"]))
