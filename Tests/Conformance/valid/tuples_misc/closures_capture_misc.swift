func makeCounter(step: Int) -> () -> Int {
    var total = 0
    return {
        total += step
        return total
    }
}

let byTwo = makeCounter(step: 2)
let byTen = makeCounter(step: 10)
print(byTwo(), byTwo(), byTwo())
print(byTen(), byTen())
print(byTwo())

var multipliers: [(Int) -> Int] = []
for m in 1...3 {
    multipliers.append { $0 * m }
}
print(multipliers.map { $0(10) })

let compose = { (f: @escaping (Int) -> Int, g: @escaping (Int) -> Int) in { x in g(f(x)) } }
let addThenDouble = compose({ $0 + 1 }, { $0 * 2 })
print(addThenDouble(5))
