var x = 1.0
for _ in 0..<4 {
    x *= 1e100
    print(x)
}
print(Int(x))
