enum Coin: Int, CaseIterable {
    case penny = 1, nickel = 5, dime = 10, quarter = 25

    var name: String {
        switch self {
        case .penny: return "Penny"
        case .nickel: return "Nickel"
        case .dime: return "Dime"
        case .quarter: return "Quarter"
        }
    }

    var isSilver: Bool {
        self != .penny
    }
}

func change(for amount: Int) -> [Coin] {
    var rest = amount
    var coins: [Coin] = []
    for coin in Coin.allCases.reversed() {
        while rest >= coin.rawValue {
            coins.append(coin)
            rest -= coin.rawValue
        }
    }
    return coins
}

let coins = change(for: 68)
print(coins.map { $0.name })
print(coins.count)
print(coins.filter { $0.isSilver }.count)
print(coins.map(\.rawValue).reduce(0, +))
