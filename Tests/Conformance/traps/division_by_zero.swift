func average(_ xs: [Int]) -> Int {
    let total = xs.reduce(0, +)
    return total / xs.count
}
print(average([3, 4, 5]))
print(average([10]))
let empty: [Int] = []
print("average of nothing:")
print(average(empty))
