func binarySearch(_ xs: [Int], _ target: Int) -> Int? {
    var lo = 0, hi = xs.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if xs[mid] == target {
            return mid
        } else if xs[mid] < target {
            lo = mid + 1
        } else {
            hi = mid - 1
        }
    }
    return nil
}
let sorted = [1, 3, 5, 7, 9, 11, 13]
for t in [1, 7, 13, 4, 20] {
    print(t, binarySearch(sorted, t) as Any)
}
print(binarySearch([], 1) as Any)
