func withdraw(_ amount: Int, from balance: Int) -> Int {
    assert(amount <= balance, "cannot withdraw \(amount) from \(balance)")
    return balance - amount
}
print(withdraw(30, from: 100))
print(withdraw(100, from: 100))
print(withdraw(101, from: 100))
