enum InputError: Error, CustomStringConvertible {
    case empty
    case tooLong(max: Int)

    var description: String {
        switch self {
        case .empty: return "input was empty"
        case .tooLong(let max): return "input longer than \(max) characters"
        }
    }
}

func check(_ s: String) throws -> String {
    if s.isEmpty { throw InputError.empty }
    if s.count > 5 { throw InputError.tooLong(max: 5) }
    return s
}

for s in ["hello", "", "far too long"] {
    do {
        print("accepted", try check(s))
    } catch {
        print("rejected: \(error)")
    }
}
