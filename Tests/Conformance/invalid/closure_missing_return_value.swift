let numbers = [1, 2, 3]
let sorted = numbers.sorted { a, b in
    print(a, b)
}
print(sorted)
