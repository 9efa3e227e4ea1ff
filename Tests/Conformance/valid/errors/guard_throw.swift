enum OrderError: Error {
    case emptyCart
    case invalidQuantity(item: String, qty: Int)
}

func total(cart: [(String, Int, Double)]) throws -> Double {
    guard !cart.isEmpty else { throw OrderError.emptyCart }
    var sum = 0.0
    for (item, qty, price) in cart {
        guard qty > 0 else { throw OrderError.invalidQuantity(item: item, qty: qty) }
        sum += Double(qty) * price
    }
    return sum
}

let carts: [[(String, Int, Double)]] = [
    [("tea", 2, 3.5), ("cake", 1, 4.25)],
    [],
    [("tea", 1, 3.5), ("jam", 0, 2)],
]
for c in carts {
    do {
        print("total:", try total(cart: c))
    } catch OrderError.invalidQuantity(let item, let qty) {
        print("bad quantity \(qty) for \(item)")
    } catch {
        print("error: \(error)")
    }
}
