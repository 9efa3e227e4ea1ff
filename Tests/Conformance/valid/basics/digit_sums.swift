func digits(_ n: Int) -> [Int] {
    var result: [Int] = []
    var x = abs(n)
    repeat {
        result.insert(x % 10, at: 0)
        x /= 10
    } while x > 0
    return result
}
print(digits(9075))
print(digits(0))
print(digits(-321))
print(digits(2026).reduce(0, +))
let n = 1234567
print(String(n).compactMap { $0.wholeNumberValue }.reduce(0, +))
print(Int(String(String(n).reversed()))!)
