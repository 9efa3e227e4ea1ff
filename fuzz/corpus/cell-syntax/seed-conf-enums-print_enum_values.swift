enum Suit {
    case hearts, spades
}

enum Token {
    case number(Double)
    case word(String)
    case pair(Int, Int)
    case labeled(name: String, value: Int)
    case nothing
}

print(Suit.hearts)
print(Token.number(2.0))
print(Token.word("hi"))
print(Token.pair(1, 2))
print(Token.labeled(name: "x", value: 3))
print(Token.nothing)
print("\(Token.word("a"))")
print(String(describing: Suit.spades))
let t = Token.labeled(name: "y", value: -1)
print("token=\(t)")
