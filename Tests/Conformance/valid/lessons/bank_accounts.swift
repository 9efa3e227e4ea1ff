enum TransactionError: Error {
    case insufficientFunds(balance: Double, requested: Double)
    case invalidAmount
}

class BankAccount {
    let owner: String
    private(set) var balance: Double
    private(set) var history: [String] = []

    init(owner: String, balance: Double = 0) {
        self.owner = owner
        self.balance = balance
    }

    func deposit(_ amount: Double) throws {
        guard amount > 0 else { throw TransactionError.invalidAmount }
        balance += amount
        history.append("+\(amount)")
    }

    func withdraw(_ amount: Double) throws {
        guard amount > 0 else { throw TransactionError.invalidAmount }
        guard amount <= balance + overdraftLimit else {
            throw TransactionError.insufficientFunds(balance: balance, requested: amount)
        }
        balance -= amount
        history.append("-\(amount)")
    }

    var overdraftLimit: Double { 0 }

    func monthEnd() {}

    var kind: String { "Account" }
}

class SavingsAccount: BankAccount {
    let rate: Double
    init(owner: String, balance: Double, rate: Double) {
        self.rate = rate
        super.init(owner: owner, balance: balance)
    }
    override func monthEnd() {
        try? deposit(balance * rate)
    }
    override var kind: String { "Savings" }
}

class CheckingAccount: BankAccount {
    override var overdraftLimit: Double { 100 }
    override var kind: String { "Checking" }
}

let accounts: [BankAccount] = [
    SavingsAccount(owner: "Ana", balance: 1000, rate: 0.01),
    CheckingAccount(owner: "Ben", balance: 50),
    BankAccount(owner: "Cy", balance: 10),
]

for acct in accounts {
    do {
        try acct.withdraw(120)
        print("\(acct.owner) withdrew 120")
    } catch TransactionError.insufficientFunds(let bal, let req) {
        print("\(acct.owner) cannot withdraw \(req) from \(bal)")
    } catch {
        print("error \(error)")
    }
}
do {
    try accounts[2].deposit(-5)
} catch {
    print("deposit rejected: \(error)")
}
for acct in accounts { acct.monthEnd() }
for acct in accounts {
    print(acct.kind, acct.owner, acct.balance, acct.history)
}
let total = accounts.reduce(0) { $0 + $1.balance }
print("total", total)
