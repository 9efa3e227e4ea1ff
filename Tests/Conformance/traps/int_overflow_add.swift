func total(_ values: [Int]) -> Int {
    var sum = 0
    for v in values {
        sum += v
        print("running sum:", sum)
    }
    return sum
}
let big = [Int.max - 10, 5, 5, 5]
print(total(big))
