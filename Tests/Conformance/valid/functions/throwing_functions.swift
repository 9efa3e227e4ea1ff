enum MathError: Error { case divideByZero, negativeRoot(Double) }
func divide(_ a: Double, _ b: Double) throws -> Double {
    guard b != 0 else { throw MathError.divideByZero }
    return a / b
}
func root(_ x: Double) throws -> Double {
    guard x >= 0 else { throw MathError.negativeRoot(x) }
    return x.squareRoot()
}
do {
    print(try divide(10, 4))
    print(try root(try divide(18, 2)))
    print(try root(-4))
    print("not reached")
} catch MathError.negativeRoot(let x) {
    print("cannot take root of", x)
} catch {
    print("other error", error)
}
print((try? divide(1, 0)) as Any)
let safe = (try? root(16)) ?? -1
print(safe)
