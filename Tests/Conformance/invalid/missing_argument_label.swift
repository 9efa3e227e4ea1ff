func power(base: Int, exponent: Int) -> Int {
    var result = 1
    for _ in 0..<exponent { result *= base }
    return result
}

print(power(base: 2, exponent: 8))
print(power(3, exponent: 2))
