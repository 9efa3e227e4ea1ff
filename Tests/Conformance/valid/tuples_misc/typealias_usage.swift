typealias Celsius = Double
typealias Point = (x: Int, y: Int)
typealias Handler = (String) -> String
typealias Inventory = [String: Int]

let temp: Celsius = 21.5
print(temp + 1)

func distance(_ a: Point, _ b: Point) -> Int {
    abs(a.x - b.x) + abs(a.y - b.y)
}
print(distance((x: 1, y: 2), (x: 4, y: -2)))

let shout: Handler = { $0.uppercased() + "!" }
let whisper: Handler = { "(\($0.lowercased()))" }
for h in [shout, whisper] {
    print(h("Hello"))
}

var stock: Inventory = ["bolt": 10]
stock["nut", default: 0] += 5
print(stock.keys.sorted(), stock.values.reduce(0, +))
