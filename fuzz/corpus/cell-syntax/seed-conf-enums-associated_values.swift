enum Payment {
    case cash(Double)
    case card(number: String, expiry: String)
    case voucher(code: String, value: Int)
}

var last = Payment.cash(12.5)
print(last)
last = .card(number: "4111", expiry: "09/29")
print(last)

func receipt(_ p: Payment) -> String {
    switch p {
    case .cash(let amount):
        return "paid \(amount) in cash"
    case .card(let number, let expiry):
        return "card ending \(number.suffix(2)), valid until \(expiry)"
    case let .voucher(code, value):
        return "voucher \(code) worth \(value)"
    }
}

print(receipt(.voucher(code: "SPRING", value: 10)))
print(receipt(last))
print(receipt(.cash(3)))
