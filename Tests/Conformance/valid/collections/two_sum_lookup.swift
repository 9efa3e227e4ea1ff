func twoSum(_ nums: [Int], _ target: Int) -> (Int, Int)? {
    var seen: [Int: Int] = [:]
    for (i, n) in nums.enumerated() {
        if let j = seen[target - n] {
            return (j, i)
        }
        seen[n] = i
    }
    return nil
}
print(twoSum([2, 7, 11, 15], 9) as Any)
print(twoSum([3, 2, 4], 6) as Any)
print(twoSum([1, 2], 7) as Any)
if let (a, b) = twoSum([5, 5, 1], 10) {
    print("indices", a, b)
}
