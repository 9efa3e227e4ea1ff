enum Coin: Int { case penny = 1, nickel = 5, dime = 10, quarter = 25 }
func name(_ c: Coin) -> String {
    switch c {
    case .penny: return "penny"
    case .nickel: return "nickel"
    case .dime: return "dime"
    case .quarter: return "quarter"
    }
}
let purse: [Coin] = [.quarter, .dime, .dime, .penny, .nickel]
var cents = 0
for c in purse {
    cents += c.rawValue
    print(name(c), c.rawValue)
}
print("total:", cents)
