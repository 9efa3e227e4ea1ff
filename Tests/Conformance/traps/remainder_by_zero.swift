let divisors = [3, 2, 1, 0]
for d in divisors {
    print("17 % \(d) =", 17 % d)
}
