protocol Summary {
    var summary: String { get }
}

extension Int: Summary {
    var summary: String { "int \(self)" }
}

extension String: Summary {
    var summary: String { "string of \(count)" }
}

extension Array: Summary where Element: Summary {
    var summary: String {
        "[" + map(\.summary).joined(separator: "; ") + "]"
    }
}

extension Optional: Summary where Wrapped: Summary {
    var summary: String {
        switch self {
        case .some(let w): return "some " + w.summary
        case .none: return "none"
        }
    }
}

print(5.summary)
print([1, 2].summary)
print(["hi", "there"].summary)
print([[1], [2, 3]].summary)
let o: Int? = 4
print(o.summary)
print(Optional<String>.none.summary)
