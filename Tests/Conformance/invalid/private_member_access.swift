struct Vault {
    private var secret = 1234
    var isLocked = true
}

let v = Vault()
print(v.isLocked)
print(v.secret)
