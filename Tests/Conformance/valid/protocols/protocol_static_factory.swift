protocol Parser {
    associatedtype Output
    static func parse(_ text: String) -> Output?
}

struct IntParser: Parser {
    static func parse(_ text: String) -> Int? { Int(text) }
}

struct BoolParser: Parser {
    static func parse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default: return nil
        }
    }
}

func parseAll<P: Parser>(_ p: P.Type, _ texts: [String]) -> [P.Output] {
    texts.compactMap { P.parse($0) }
}

print(parseAll(IntParser.self, ["1", "x", "30"]))
print(parseAll(BoolParser.self, ["YES", "maybe", "false"]))
print(IntParser.parse("-7") as Any)
