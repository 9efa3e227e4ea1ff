struct Edge: Hashable {
    let from: String
    let to: String
}

let edges = [
    Edge(from: "a", to: "b"), Edge(from: "b", to: "c"),
    Edge(from: "a", to: "b"), Edge(from: "c", to: "a"),
    Edge(from: "a", to: "b"), Edge(from: "b", to: "c"),
]
var weight: [Edge: Int] = [:]
for e in edges {
    weight[e, default: 0] += 1
}
print(weight.count)
for e in weight.keys.sorted(by: { $0.from + $0.to < $1.from + $1.to }) {
    print("\(e.from)->\(e.to): \(weight[e]!)")
}
let unique = Set(edges)
print(unique.count)
print(unique.contains(Edge(from: "c", to: "a")))
print(unique.contains(Edge(from: "a", to: "c")))
