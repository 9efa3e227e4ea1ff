func sqrtFloor(_ n: Int) -> Int {
    precondition(n >= 0, "sqrtFloor needs a non-negative number, got \(n)")
    var r = 0
    while (r + 1) * (r + 1) <= n { r += 1 }
    return r
}
print(sqrtFloor(17))
print(sqrtFloor(100))
print(sqrtFloor(-4))
