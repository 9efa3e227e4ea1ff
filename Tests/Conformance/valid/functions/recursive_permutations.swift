func permutations<T>(_ xs: [T]) -> [[T]] {
    guard xs.count > 1 else { return [xs] }
    var result: [[T]] = []
    for (i, x) in xs.enumerated() {
        var rest = xs
        rest.remove(at: i)
        for p in permutations(rest) {
            result.append([x] + p)
        }
    }
    return result
}
print(permutations([1, 2, 3]))
print(permutations(Array("ab")).map { String($0) })
print(permutations(Array(1...5)).count)
func subsets(_ xs: [Int]) -> [[Int]] {
    guard let first = xs.first else { return [[]] }
    let rest = subsets(Array(xs.dropFirst()))
    return rest + rest.map { [first] + $0 }
}
print(subsets([1, 2, 3]))
