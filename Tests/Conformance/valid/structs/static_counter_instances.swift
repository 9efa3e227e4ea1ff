struct Ticket {
    static var issued = 0
    static let prefix = "T-"

    let number: Int

    init() {
        Ticket.issued += 1
        number = Ticket.issued
    }

    var code: String {
        Self.prefix + String(number)
    }
}

let t1 = Ticket()
let t2 = Ticket()
let t3 = Ticket()
print(t1.code, t2.code, t3.code)
print(Ticket.issued)
let batch = (0..<4).map { _ in Ticket() }
print(batch.map { $0.code })
print(Ticket.issued)
