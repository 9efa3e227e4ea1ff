func check(_ age: Int?) {
    guard let a = age else {
        print("no age")
    }
    print(a)
}

check(30)
