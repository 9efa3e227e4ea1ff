enum BankError: Error {
    case insufficientFunds(needed: Int)
    case accountLocked
}
func withdraw(_ amount: Int, from balance: Int, locked: Bool = false) throws -> Int {
    if locked { throw BankError.accountLocked }
    guard amount <= balance else { throw BankError.insufficientFunds(needed: amount - balance) }
    return balance - amount
}
for (amount, locked) in [(30, false), (500, false), (10, true)] {
    do {
        let left = try withdraw(amount, from: 100, locked: locked)
        print("withdrew \(amount), left \(left)")
    } catch BankError.insufficientFunds(let needed) {
        print("need \(needed) more")
    } catch {
        print("error:", error)
    }
}
