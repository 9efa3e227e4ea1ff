enum DataError: Error { case empty, negative }
func firstPositive(_ xs: [Int]) throws -> Int {
    guard let f = xs.first else { throw DataError.empty }
    guard f > 0 else { throw DataError.negative }
    return f
}
print(try? firstPositive([4, 5]) as Any)
print((try? firstPositive([])) as Any)
print((try? firstPositive([-1])) ?? 0)
if let v = try? firstPositive([9]) {
    print("value", v)
}
let results = [[1], [], [-2], [3]].map { try? firstPositive($0) }
print(results)
print(results.compactMap { $0 }.reduce(0, +))
