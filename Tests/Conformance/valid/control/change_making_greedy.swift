let coins = [25, 10, 5, 1]
func change(_ amount: Int) -> [Int: Int] {
    var left = amount
    var result: [Int: Int] = [:]
    for c in coins {
        let n = left / c
        if n > 0 {
            result[c] = n
            left -= n * c
        }
    }
    return result
}
for amount in [0, 7, 41, 99] {
    let r = change(amount)
    let parts = coins.filter { r[$0] != nil }.map { "\(r[$0]!)x\($0)" }
    print(amount, parts.isEmpty ? "nothing" : parts.joined(separator: " "))
}
