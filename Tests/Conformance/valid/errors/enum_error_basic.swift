enum VendingError: Error {
    case invalidSelection
    case insufficientFunds(coinsNeeded: Int)
    case outOfStock
}

let stock = ["chips": 2, "candy": 0, "soda": 5]
let prices = ["chips": 3, "candy": 2, "soda": 4]

func vend(_ item: String, coins: Int) throws -> String {
    guard let count = stock[item] else {
        throw VendingError.invalidSelection
    }
    guard count > 0 else {
        throw VendingError.outOfStock
    }
    let price = prices[item]!
    guard price <= coins else {
        throw VendingError.insufficientFunds(coinsNeeded: price - coins)
    }
    return "Dispensing \(item)"
}

for (item, coins) in [("chips", 5), ("candy", 5), ("soda", 1), ("gum", 10)] {
    do {
        print(try vend(item, coins: coins))
    } catch VendingError.invalidSelection {
        print("Invalid selection: \(item)")
    } catch VendingError.outOfStock {
        print("Out of stock: \(item)")
    } catch VendingError.insufficientFunds(let needed) {
        print("Please insert \(needed) more coins")
    } catch {
        print("Unexpected error: \(error)")
    }
}
