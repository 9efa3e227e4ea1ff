import Foundation

struct Product: Hashable {
    let sku: String
    let name: String
    let price: Double
}

enum Discount {
    case percent(Double)
    case fixed(Double)
    case buyXGetY(sku: String, x: Int, y: Int)
}

struct Cart {
    private(set) var lines: [Product: Int] = [:]
    var discounts: [Discount] = []

    mutating func add(_ p: Product, quantity: Int = 1) {
        lines[p, default: 0] += quantity
    }

    var subtotal: Double {
        lines.reduce(0) { $0 + $1.key.price * Double($1.value) }
    }

    var savings: Double {
        var total = 0.0
        for d in discounts {
            switch d {
            case .percent(let p):
                total += subtotal * p / 100
            case .fixed(let amount):
                total += amount
            case let .buyXGetY(sku, x, y):
                if let (p, q) = lines.first(where: { $0.key.sku == sku }).map({ ($0.key, $0.value) }) {
                    total += Double(q / (x + y) * y) * p.price
                }
            }
        }
        return min(total, subtotal)
    }

    var total: Double { subtotal - savings }
}

let apple = Product(sku: "A1", name: "Apple", price: 0.4)
let tea = Product(sku: "T9", name: "Tea", price: 3.25)
let mug = Product(sku: "M2", name: "Mug", price: 7.5)

var cart = Cart()
cart.add(apple, quantity: 7)
cart.add(tea)
cart.add(mug)
cart.add(tea, quantity: 2)
for p in cart.lines.keys.sorted(by: { $0.sku < $1.sku }) {
    print(p.name, cart.lines[p]!, String(format: "%.2f", p.price * Double(cart.lines[p]!)))
}
print(String(format: "subtotal %.2f", cart.subtotal))
cart.discounts = [.buyXGetY(sku: "A1", x: 2, y: 1), .percent(10)]
print(String(format: "savings %.2f total %.2f", cart.savings, cart.total))
cart.discounts.append(.fixed(100))
print(String(format: "savings %.2f total %.2f", cart.savings, cart.total))
