enum State: String {
    case idle, selecting, paying, dispensing, outOfService
}

enum Event {
    case coinInserted(Int)
    case select(String)
    case cancel
    case dispensed
    case fault
}

struct VendingMachine {
    private(set) var state = State.idle
    private(set) var credit = 0
    private(set) var log: [String] = []
    let prices = ["cola": 150, "water": 100]
    var selection: String?

    mutating func handle(_ event: Event) {
        let before = state
        switch (state, event) {
        case (.outOfService, _):
            break
        case (_, .fault):
            state = .outOfService
        case (.idle, .coinInserted(let c)), (.selecting, .coinInserted(let c)):
            credit += c
            state = .selecting
        case (.selecting, .select(let item)):
            if let price = prices[item], credit >= price {
                credit -= price
                selection = item
                state = .dispensing
            } else {
                log.append("cannot buy \(item) with \(credit)")
            }
        case (.selecting, .cancel):
            log.append("refund \(credit)")
            credit = 0
            state = .idle
        case (.dispensing, .dispensed):
            log.append("enjoy your \(selection ?? "?")")
            selection = nil
            state = credit > 0 ? .selecting : .idle
        default:
            log.append("ignored event in \(state)")
        }
        if before != state { log.append("\(before.rawValue) -> \(state.rawValue)") }
    }
}

var m = VendingMachine()
let events: [Event] = [.select("cola"), .coinInserted(100), .select("cola"), .coinInserted(100),
                       .select("cola"), .dispensed, .cancel, .coinInserted(100), .fault, .coinInserted(5)]
for e in events { m.handle(e) }
for line in m.log { print(line) }
print(m.state, m.credit)
