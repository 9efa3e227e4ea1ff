import Foundation

infix operator **: MultiplicationPrecedence
infix operator <>: AdditionPrecedence
prefix operator √

func ** (base: Int, exp: Int) -> Int {
    var result = 1
    for _ in 0..<exp { result *= base }
    return result
}

struct Path {
    var steps: [String]
    static func <> (a: Path, b: Path) -> Path { Path(steps: a.steps + b.steps) }
}

prefix func √ (x: Double) -> Double { x.squareRoot() }

print(2 ** 10)
print(3 ** 2 * 2)
print(1 + 2 ** 3)
let home = Path(steps: ["usr", "local"]) <> Path(steps: ["bin"])
print(home.steps.joined(separator: "/"))
print(√16.0)
print(√(9.0 + 16.0))
