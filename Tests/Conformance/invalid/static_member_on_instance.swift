struct Limits {
    static let maxUsers = 10
    var current = 0
}

let l = Limits()
print(l.current)
print(l.maxUsers)
