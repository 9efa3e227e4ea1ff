let numbers = [1, 2, 3, 4]
let pairs = numbers.map { a, b in
    a + b
}
print(pairs)
