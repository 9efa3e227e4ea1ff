func work() {
    print("start")
    defer { print("deferred 1") }
    defer { print("deferred 2") }
    print("middle")
    do {
        defer { print("inner scope ends") }
        print("inside do")
    }
    print("end of body")
}
work()
func early(_ flag: Bool) -> Int {
    defer { print("cleanup for \(flag)") }
    if flag { return 1 }
    print("not early")
    return 0
}
print(early(true))
print(early(false))
for i in 1...2 {
    defer { print("end of iteration \(i)") }
    print("iteration \(i)")
}
