import Foundation

struct Loan {
    let principal: Double
    let annualRate: Double
    let months: Int

    var monthlyRate: Double { annualRate / 12 }

    var payment: Double {
        let r = monthlyRate
        return principal * r / (1 - pow(1 + r, Double(-months)))
    }

    func schedule() -> [(month: Int, interest: Double, principal: Double, balance: Double)] {
        var balance = principal
        var rows: [(Int, Double, Double, Double)] = []
        for m in 1...months {
            let interest = balance * monthlyRate
            let toPrincipal = payment - interest
            balance -= toPrincipal
            rows.append((m, interest, toPrincipal, max(balance, 0)))
        }
        return rows
    }
}

let loan = Loan(principal: 12_000, annualRate: 0.06, months: 12)
print(String(format: "monthly payment %.2f", loan.payment))
print("month  interest  principal   balance")
for row in loan.schedule() where row.month <= 3 || row.month > 10 {
    print(String(format: "%5d %9.2f %10.2f %9.2f", row.month, row.interest, row.principal, row.balance))
}
let totalInterest = loan.schedule().reduce(0) { $0 + $1.interest }
print(String(format: "total interest %.2f", totalInterest))
