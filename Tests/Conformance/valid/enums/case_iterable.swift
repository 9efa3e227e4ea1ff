enum Topping: CaseIterable {
    case cheese, olives, basil, mushrooms
}

print(Topping.allCases.count)
for t in Topping.allCases {
    print(t)
}
let names = Topping.allCases.map { "\($0)" }
print(names.joined(separator: "|"))
print(Topping.allCases.first!)
print(Topping.allCases.last!)
print(Topping.allCases.firstIndex(of: .basil)!)

enum Speed: Int, CaseIterable {
    case slow = 1, normal, fast
}
print(Speed.allCases.map { $0.rawValue })
print(Speed.allCases.reduce(0) { $0 + $1.rawValue })
