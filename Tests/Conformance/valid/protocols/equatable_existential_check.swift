protocol Item {
    var price: Double { get }
}

struct Food: Item, Equatable {
    let name: String
    let price: Double
}

struct Tool: Item {
    let price: Double
}

let cart: [Item] = [Food(name: "bread", price: 2.5), Tool(price: 12), Food(name: "milk", price: 1.25)]
print(cart.reduce(0) { $0 + $1.price })
let foods = cart.compactMap { $0 as? Food }
print(foods.map(\.name))
print(foods.contains(Food(name: "milk", price: 1.25)))
print(cart.filter { $0 is Tool }.count)
let cheap = cart.filter { $0.price < 3 }
print(cheap.count)
