func half(_ x: Double) -> Double {
    x / 2
}

print(half(10))
print(half(x: 8))
