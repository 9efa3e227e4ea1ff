func work() {
    defer { print("first defer (runs last)") }
    defer { print("second defer") }
    print("working")
    if true {
        defer { print("inner scope defer") }
        print("inside if")
    }
    print("after if")
}

work()

func count() -> Int {
    var n = 0
    defer { n += 100; print("defer sees", n) }
    n = 5
    return n
}
print(count())
