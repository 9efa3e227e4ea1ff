struct Account {
    let owner: String
    var balance: Double
    var currency: String

    init(owner: String, balance: Double = 0, currency: String = "EUR") {
        self.owner = owner
        self.balance = balance
        self.currency = currency
    }

    func summary() -> String {
        "\(owner): \(balance) \(currency)"
    }
}

print(Account(owner: "Ann").summary())
print(Account(owner: "Bob", balance: 12.5).summary())
print(Account(owner: "Cy", currency: "USD").summary())
print(Account(owner: "Di", balance: 3, currency: "GBP").summary())
