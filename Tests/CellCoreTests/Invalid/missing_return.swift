func f(_ x: Int) -> Int {
    if x > 0 { return 1 }
}
