func power(_ base: Int, _ exp: Int) -> Int {
    var result = 1
    for _ in 0..<exp { result *= base }
    return result
}
for e in 0...10 {
    print("2^\(e) =", power(2, e))
}
print(power(3, 13))
print(power(10, 18))
print(power(-2, 5))
