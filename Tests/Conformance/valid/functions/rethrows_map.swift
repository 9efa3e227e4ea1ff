struct Invalid: Error { let value: String }
func parseAll(_ xs: [String]) throws -> [Int] {
    try xs.map { s in
        guard let n = Int(s) else { throw Invalid(value: s) }
        return n
    }
}
do {
    print(try parseAll(["1", "2", "3"]))
    print(try parseAll(["4", "five", "6"]))
} catch let e as Invalid {
    print("invalid value:", e.value)
}
func applyTwice(_ x: Int, _ f: (Int) throws -> Int) rethrows -> Int {
    try f(try f(x))
}
print(applyTwice(3) { $0 * $0 })
print((try? applyTwice(3) { x -> Int in if x > 5 { throw Invalid(value: "\(x)") }; return x * 3 }) as Any)
