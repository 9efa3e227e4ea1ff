struct Account {
    let id: Int
    var balance: Double

    mutating func reset() {
        balance = 0
        id = 0
    }
}

var a = Account(id: 1, balance: 10)
a.reset()
