enum BankError: Error {
    case accountNotFound(String)
    case insufficientFunds(needed: Double)
}

var balances = ["alice": 100.0, "bob": 20.0]

func balance(of name: String) throws -> Double {
    guard let b = balances[name] else { throw BankError.accountNotFound(name) }
    return b
}

func withdraw(_ amount: Double, from name: String) throws {
    let b = try balance(of: name)
    if b < amount { throw BankError.insufficientFunds(needed: amount - b) }
    balances[name] = b - amount
}

func transfer(_ amount: Double, from: String, to: String) throws {
    _ = try balance(of: to)
    try withdraw(amount, from: from)
    balances[to]! += amount
}

let attempts: [(Double, String, String)] = [(30, "alice", "bob"), (80, "alice", "bob"),
                                           (5, "bob", "carol"), (50, "bob", "alice")]
for (amount, from, to) in attempts {
    do {
        try transfer(amount, from: from, to: to)
        print("moved \(amount) from \(from) to \(to)")
    } catch BankError.insufficientFunds(let needed) {
        print("short by \(needed)")
    } catch {
        print("error: \(error)")
    }
}
print(balances["alice"]!, balances["bob"]!)
