func firstEven(_ xs: [Int]) -> Int {
    return xs.first { $0 % 2 == 0 }
}

print(firstEven([1, 4, 6]))
