import Foundation

let users = ["ana", "ben", "cat", "dan"]
let items = ["matrix", "alien", "amelie", "up", "heat"]
let userFactors: [[Double]] = [
    [0.9, 0.1, 0.3],
    [0.2, 0.8, 0.5],
    [0.6, 0.5, 0.1],
    [0.1, 0.2, 0.9],
]
let itemFactors: [[Double]] = [
    [1.0, 0.0, 0.2],
    [0.9, 0.2, 0.1],
    [0.1, 1.0, 0.3],
    [0.2, 0.6, 0.8],
    [0.8, 0.1, 0.4],
]
let seen: [String: Set<String>] = ["ana": ["matrix"], "ben": ["amelie", "up"], "cat": [], "dan": ["heat"]]

func dot(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).map(*).reduce(0, +)
}

func norm(_ a: [Double]) -> Double { sqrt(dot(a, a)) }

func cosine(_ a: [Double], _ b: [Double]) -> Double { dot(a, b) / (norm(a) * norm(b)) }

for (u, name) in users.enumerated() {
    let scores = items.indices
        .filter { !(seen[name]?.contains(items[$0]) ?? false) }
        .map { (items[$0], dot(userFactors[u], itemFactors[$0])) }
        .sorted { $0.1 > $1.1 }
    let top = scores.prefix(2).map { "\($0.0) \(String(format: "%.2f", $0.1))" }
    print(name, "->", top.joined(separator: ", "))
}

let target = 0
let similar = items.indices.filter { $0 != target }
    .map { (items[$0], cosine(itemFactors[target], itemFactors[$0])) }
    .max { $0.1 < $1.1 }!
print("most similar to \(items[target]): \(similar.0) (\(String(format: "%.3f", similar.1)))")
