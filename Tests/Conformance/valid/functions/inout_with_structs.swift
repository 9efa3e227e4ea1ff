struct Account {
    var owner: String
    var balance: Int
}
func deposit(_ amount: Int, into account: inout Account) {
    account.balance += amount
}
func transfer(_ amount: Int, from a: inout Account, to b: inout Account) -> Bool {
    guard a.balance >= amount else { return false }
    a.balance -= amount
    b.balance += amount
    return true
}
var alice = Account(owner: "alice", balance: 100)
var bob = Account(owner: "bob", balance: 20)
deposit(50, into: &alice)
print(alice.balance)
print(transfer(120, from: &alice, to: &bob), alice.balance, bob.balance)
print(transfer(500, from: &bob, to: &alice), alice.balance, bob.balance)
var accounts = [alice, bob]
deposit(1, into: &accounts[1])
print(accounts.map(\.balance))
