struct Card {
    enum Suit: String {
        case spades = "S", hearts = "H", diamonds = "D", clubs = "C"
    }

    struct Rank {
        let value: Int
        var name: String {
            switch value {
            case 1: return "A"
            case 11: return "J"
            case 12: return "Q"
            case 13: return "K"
            default: return String(value)
            }
        }
    }

    let rank: Rank
    let suit: Suit

    var label: String {
        rank.name + suit.rawValue
    }
}

let cards = [
    Card(rank: Card.Rank(value: 1), suit: .spades),
    Card(rank: Card.Rank(value: 10), suit: .hearts),
    Card(rank: .init(value: 12), suit: .clubs),
]
for card in cards {
    print(card.label)
}
let suit = Card.Suit.diamonds
print(suit.rawValue)
print(Card.Rank(value: 13).name)
