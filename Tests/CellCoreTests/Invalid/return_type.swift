func f() -> Int {
    return "s"
}
