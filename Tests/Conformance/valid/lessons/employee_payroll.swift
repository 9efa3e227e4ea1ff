import Foundation

protocol Payable {
    var name: String { get }
    func monthlyPay() -> Double
}

struct Salaried: Payable {
    let name: String
    let annual: Double
    func monthlyPay() -> Double { annual / 12 }
}

struct Hourly: Payable {
    let name: String
    let rate: Double
    let hours: Double
    func monthlyPay() -> Double {
        let overtime = max(0, hours - 160)
        return rate * min(hours, 160) + rate * 1.5 * overtime
    }
}

struct Contractor: Payable {
    let name: String
    let invoices: [Double]
    func monthlyPay() -> Double { invoices.reduce(0, +) }
}

let staff: [Payable] = [
    Salaried(name: "Ivy", annual: 78_000),
    Hourly(name: "Jon", rate: 22.5, hours: 172),
    Hourly(name: "Kay", rate: 30, hours: 120),
    Contractor(name: "Lou", invoices: [1200, 850.5, 400]),
]

func taxed(_ amount: Double) -> Double {
    switch amount {
    case ..<2000: return amount * 0.9
    case 2000..<5000: return amount * 0.8
    default: return amount * 0.7
    }
}

var payroll = 0.0
for p in staff.sorted(by: { $0.monthlyPay() > $1.monthlyPay() }) {
    let gross = p.monthlyPay()
    payroll += gross
    let kind: String
    switch p {
    case is Salaried: kind = "salaried"
    case let h as Hourly where h.hours > 160: kind = "hourly+overtime"
    case is Hourly: kind = "hourly"
    default: kind = "contractor"
    }
    print(String(format: "%-4@ %-16@ gross %8.2f net %8.2f", p.name, kind, gross, taxed(gross)))
}
print(String(format: "payroll %.2f", payroll))
