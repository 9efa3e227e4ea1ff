func firstDuplicate(_ xs: [Int]) -> Int? {
    var seen = Set<Int>()
    for x in xs {
        if seen.contains(x) { return x }
        seen.insert(x)
    }
    return nil
}
print(firstDuplicate([3, 1, 4, 1, 5]) as Any)
print(firstDuplicate([1, 2, 3]) as Any)
func isSorted(_ xs: [Int]) -> Bool {
    for i in xs.indices.dropLast() where xs[i] > xs[i + 1] {
        return false
    }
    return true
}
print(isSorted([1, 2, 2, 9]), isSorted([3, 1]), isSorted([]))
