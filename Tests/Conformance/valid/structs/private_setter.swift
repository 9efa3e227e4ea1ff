struct BankBalance {
    private(set) var amount = 0
    private var history: [Int] = []

    mutating func deposit(_ value: Int) {
        amount += value
        history.append(value)
    }

    mutating func withdraw(_ value: Int) -> Bool {
        guard value <= amount else { return false }
        amount -= value
        history.append(-value)
        return true
    }

    var transactionCount: Int { history.count }
}

var bal = BankBalance()
bal.deposit(100)
bal.deposit(50)
print(bal.withdraw(30))
print(bal.withdraw(500))
print(bal.amount)
print(bal.transactionCount)
