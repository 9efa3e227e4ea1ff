func check(_ n: Int) {
    if n < 0 {
        continue
    }
    print(n)
}
check(3)
