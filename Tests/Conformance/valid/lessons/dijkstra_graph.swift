struct Graph {
    private(set) var edges: [String: [(to: String, weight: Int)]] = [:]

    mutating func connect(_ a: String, _ b: String, _ w: Int) {
        edges[a, default: []].append((b, w))
        edges[b, default: []].append((a, w))
    }

    func shortestPaths(from start: String) -> [String: (dist: Int, prev: String?)] {
        var result: [String: (dist: Int, prev: String?)] = [start: (0, nil)]
        var visited: Set<String> = []
        while true {
            let candidates = result.filter { !visited.contains($0.key) }
            guard let (node, info) = candidates.min(by: { ($0.value.dist, $0.key) < ($1.value.dist, $1.key) }) else { break }
            visited.insert(node)
            for (next, w) in edges[node] ?? [] {
                let d = info.dist + w
                if d < result[next]?.dist ?? Int.max {
                    result[next] = (d, node)
                }
            }
        }
        return result
    }
}

var g = Graph()
g.connect("A", "B", 4)
g.connect("A", "C", 2)
g.connect("B", "C", 1)
g.connect("B", "D", 5)
g.connect("C", "D", 8)
g.connect("C", "E", 10)
g.connect("D", "E", 2)
g.connect("E", "F", 3)

let paths = g.shortestPaths(from: "A")
for node in paths.keys.sorted() {
    var route = [node]
    var cur = paths[node]!.prev
    while let c = cur {
        route.insert(c, at: 0)
        cur = paths[c]!.prev
    }
    print(node, paths[node]!.dist, route.joined(separator: "->"))
}
