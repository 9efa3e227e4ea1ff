enum Either<L, R> {
    case left(L)
    case right(R)

    var isLeft: Bool {
        if case .left = self { return true }
        return false
    }
}

func parseNumber(_ s: String) -> Either<String, Int> {
    if let n = Int(s) {
        return .right(n)
    }
    return .left("not a number: \(s)")
}

let results = ["12", "x", "7", "3.5"].map(parseNumber)
for r in results {
    switch r {
    case .left(let msg): print(msg)
    case .right(let n): print(n * 2)
    }
}
print(results.filter { $0.isLeft }.count)
