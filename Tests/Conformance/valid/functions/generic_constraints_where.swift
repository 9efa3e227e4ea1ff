func sumAll<T: Numeric>(_ xs: [T]) -> T {
    xs.reduce(0, +)
}
print(sumAll([1, 2, 3]))
print(sumAll([0.5, 0.25]))
func allEqual<C: Collection>(_ c: C) -> Bool where C.Element: Equatable {
    guard let first = c.first else { return true }
    return c.allSatisfy { $0 == first }
}
print(allEqual([2, 2, 2]), allEqual("aab"), allEqual([String]()))
func clamp<T: Comparable>(_ x: T, to range: ClosedRange<T>) -> T {
    min(max(x, range.lowerBound), range.upperBound)
}
print(clamp(15, to: 0...10), clamp(-2.5, to: -1...1), clamp("m", to: "a"..."f"))
func describeAll<S: Sequence>(_ s: S) -> String where S.Element: CustomStringConvertible {
    s.map { $0.description }.joined(separator: "|")
}
print(describeAll([1, 2, 3]))
print(describeAll(Set([7])))
