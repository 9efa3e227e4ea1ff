protocol Bin {
    associatedtype Thing
    var contents: [Thing] { get }
    mutating func put(_ thing: Thing)
}

extension Bin {
    var size: Int { contents.count }
    var isEmpty: Bool { contents.isEmpty }
}

struct RecyclingBin: Bin {
    var contents: [String] = []
    mutating func put(_ thing: String) {
        contents.append(thing.lowercased())
    }
}

struct CoinJar: Bin {
    var contents: [Int] = []
    mutating func put(_ thing: Int) {
        if thing > 0 { contents.append(thing) }
    }
    var value: Int { contents.reduce(0, +) }
}

func fill<B: Bin>(_ bin: inout B, with things: [B.Thing]) {
    for t in things { bin.put(t) }
}

var bin = RecyclingBin()
fill(&bin, with: ["Can", "BOTTLE", "Paper"])
print(bin.contents, bin.size)
var jar = CoinJar()
print(jar.isEmpty)
fill(&jar, with: [5, 10, -3, 25])
print(jar.contents, jar.size, jar.value)
