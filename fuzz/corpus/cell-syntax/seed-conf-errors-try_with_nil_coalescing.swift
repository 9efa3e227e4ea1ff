enum LookupError: Error { case absent }

let prices = ["apple": 0.5, "pear": 0.75]

func price(_ item: String) throws -> Double {
    guard let p = prices[item] else { throw LookupError.absent }
    return p
}

let items = ["apple", "kiwi", "pear", "mango"]
let total = items.reduce(0.0) { sum, item in sum + ((try? price(item)) ?? 1.0) }
print(total)
for item in items {
    let p = (try? price(item)) ?? 0
    print(item, p)
}
let known = items.filter { (try? price($0)) != nil }
print(known)
