class Account: CustomStringConvertible {
    let owner: String
    var balance: Int

    init(owner: String, balance: Int) {
        self.owner = owner
        self.balance = balance
    }

    var description: String {
        "Account(\(owner), \(balance))"
    }
}

let a = Account(owner: "Kim", balance: 120)
print(a)
print("info: \(a)")
let list = [a, Account(owner: "Lee", balance: -5)]
print(list)
let maybe: Account? = a
print(maybe as Any)
a.balance += 30
print(list[0])
