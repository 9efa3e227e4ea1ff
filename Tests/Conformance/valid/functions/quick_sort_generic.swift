func quickSort<T: Comparable>(_ xs: [T]) -> [T] {
    guard xs.count > 1 else { return xs }
    let pivot = xs[xs.count / 2]
    let less = xs.filter { $0 < pivot }
    let equal = xs.filter { $0 == pivot }
    let greater = xs.filter { $0 > pivot }
    return quickSort(less) + equal + quickSort(greater)
}
print(quickSort([38, 27, 43, 3, 9, 82, 10]))
print(quickSort(["kiwi", "apple", "fig", "date"]))
print(quickSort([3.5, -1.25, 2.0]))
print(quickSort([Int]()))
func mergeSorted(_ a: [Int], _ b: [Int]) -> [Int] {
    var i = 0, j = 0, out: [Int] = []
    while i < a.count && j < b.count {
        if a[i] <= b[j] { out.append(a[i]); i += 1 } else { out.append(b[j]); j += 1 }
    }
    return out + a[i...] + b[j...]
}
print(mergeSorted([1, 4, 9], [2, 3, 10, 11]))
