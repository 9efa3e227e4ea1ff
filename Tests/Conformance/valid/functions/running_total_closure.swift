func runningTotals(_ xs: [Int]) -> [Int] {
    var sum = 0
    return xs.map { x in
        sum += x
        return sum
    }
}
print(runningTotals([1, 2, 3, 4, 5]))
print(runningTotals([]))
func runningMax(_ xs: [Double]) -> [Double] {
    var best = -Double.infinity
    return xs.map { best = max(best, $0); return best }
}
print(runningMax([2, 1, 5, 3, 7]))
let runningAverage = { (xs: [Double]) -> [Double] in
    var total = 0.0
    return xs.enumerated().map { i, x in total += x; return total / Double(i + 1) }
}
print(runningAverage([4, 8, 6, 2]))
