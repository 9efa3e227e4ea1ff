enum Suit {
    case hearts, spades
}

enum Token {
    case number(Double)
    case word(String)
}

print([Suit.hearts, Suit.spades])
print([Token.number(1), Token.word("b")])
let maybe: Suit? = .spades
print(maybe as Any)
debugPrint(Suit.hearts)
debugPrint(Token.word("q"))
print((Suit.hearts, 3))
