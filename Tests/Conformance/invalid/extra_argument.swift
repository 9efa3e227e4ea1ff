func square(_ x: Int) -> Int {
    return x * x
}

let values = [1, 2, 3]
for v in values {
    print(square(v, 2))
}
