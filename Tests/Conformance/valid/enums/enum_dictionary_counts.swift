enum Fruit: String, CaseIterable {
    case apple, banana, cherry
}

let basket: [Fruit] = [.apple, .cherry, .apple, .banana, .apple, .cherry]
var counts: [Fruit: Int] = [:]
for f in basket {
    counts[f, default: 0] += 1
}
for f in Fruit.allCases {
    print(f.rawValue, counts[f] ?? 0)
}
let most = Fruit.allCases.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }!
print("most:", most)
let unique = Set(basket)
print(unique.count)
print(counts.keys.map(\.rawValue).sorted())
