enum ParseFailure: Error {
    case empty
    case invalid(Character)
}

func parseDigits(_ s: String) throws(ParseFailure) -> [Int] {
    if s.isEmpty { throw .empty }
    var out: [Int] = []
    for c in s {
        guard let d = c.wholeNumberValue else { throw .invalid(c) }
        out.append(d)
    }
    return out
}

for s in ["123", "", "4a5"] {
    do {
        let digits = try parseDigits(s)
        print(digits, digits.reduce(0, +))
    } catch {
        switch error {
        case .empty: print("empty string")
        case .invalid(let c): print("bad character \(c)")
        }
    }
}
