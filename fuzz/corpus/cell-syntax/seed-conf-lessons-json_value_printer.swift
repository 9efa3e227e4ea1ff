import Foundation

indirect enum JSON {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    func render(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n):
            return n == n.rounded(.towardZero) && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .string(let s): return "\"" + s + "\""
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.render(indent: indent + 1) }.joined(separator: ",\n") + "\n" + pad + "]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { inner + "\"\($0.0)\": " + $0.1.render(indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + pad + "}"
        }
    }

    var depth: Int {
        switch self {
        case .array(let items): return 1 + (items.map(\.depth).max() ?? 0)
        case .object(let pairs): return 1 + (pairs.map { $0.1.depth }.max() ?? 0)
        default: return 0
        }
    }
}

let doc = JSON.object([
    ("name", .string("notebook")),
    ("version", .number(2)),
    ("ratio", .number(0.75)),
    ("tags", .array([.string("swift"), .string("lessons")])),
    ("owner", .object([("id", .number(7)), ("active", .bool(true)), ("email", .null)])),
    ("empty", .array([])),
])
print(doc.render())
print("depth", doc.depth)
