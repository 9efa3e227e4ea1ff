struct Point { var x: Int; var y: Int }
enum Suit { case hearts, spades }
let p = Point(x: 1, y: 2)
print(String(describing: p))
print(String(describing: Suit.hearts))
print(String(describing: [1, 2]))
print(String(describing: Optional(5)))
print(String(describing: (1, "two")))
print(String(describing: 2.0))
print(String(describing: Point.self))
print(String(reflecting: p))
print(String(reflecting: Suit.spades))
print("\(p)")
print(String(describing: [Suit.hearts: 1]))
