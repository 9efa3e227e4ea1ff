import Foundation

enum MathError: Error {
    case divisionByZero
    case negative
}

func divide(_ a: Int, by b: Int) throws -> Int {
    if b == 0 { throw MathError.divisionByZero }
    return a / b
}

func root(_ x: Double) throws -> Double {
    if x < 0 { throw MathError.negative }
    return x.squareRoot()
}

let a = try? divide(10, by: 2)
let b = try? divide(1, by: 0)
print(a as Any)
print(b as Any)
print((try? divide(9, by: 3)) ?? -1)
print((try? divide(9, by: 0)) ?? -1)
if let r = try? root(16) {
    print("root", r)
}
if (try? root(-1)) == nil {
    print("no root")
}
let results = [4, 0, 2].map { try? divide(12, by: $0) }
print(results)
print(results.compactMap { $0 })
