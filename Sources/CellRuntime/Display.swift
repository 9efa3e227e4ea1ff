import CellLanguage

/// What a value shows as in the report: plain text, a table, or markup produced by a domain.
public enum DisplayValue: Equatable {
    case text(String)
    case table(DisplayTable)
    /// A trusted HTML fragment produced by a builtin (never from cell strings unescaped).
    case html(String)
    case svg(String)
}

/// A table shown as a cell result (a DataFrame, an array of tuples). `rows` may be a prefix of the
/// data; `totalRows`/`totalColumns` give the full size so the report can say "… 100 000 rows".
public struct DisplayTable: Equatable {
    public var caption: String?
    public var columns: [String]
    /// Row labels, when the data has an index.
    public var index: [String]?
    /// The index's name (pandas `index.name`, e.g. `userId` for a crosstab), shown in the corner.
    public var indexName: String?
    /// The columns' name (pandas `columns.name`, e.g. `movieId` for a crosstab), shown above the
    /// column headers.
    public var columnsName: String?
    public var rows: [[String]]
    public var totalRows: Int
    public var totalColumns: Int

    public init(caption: String? = nil, columns: [String], index: [String]? = nil, indexName: String? = nil,
                columnsName: String? = nil, rows: [[String]], totalRows: Int, totalColumns: Int) {
        self.caption = caption; self.columns = columns; self.index = index; self.indexName = indexName
        self.columnsName = columnsName; self.rows = rows
        self.totalRows = totalRows; self.totalColumns = totalColumns
    }
}

/// How values print, following the Swift REPL: `3`, `0.1`, `"abc"`, `[1, 2, 3]`, `(x: 1, y: 2)`.
public enum Display {
    /// Arrays longer than this show their head and tail only in a cell result.
    static let elisionThreshold = 100
    /// Rows shown when an array of tuples displays as a table.
    static let tableRows = 20

    /// The text of `print(value)`: strings unquoted at the top level, everything in full.
    public static func text(_ value: Value) -> String {
        if case let .string(s) = value { return s }
        return describe(value, elide: false)
    }

    /// The literal-like text of a value (strings quoted), as inside an array.
    public static func literal(_ value: Value) -> String { describe(value, elide: false) }

    /// What a cell result or `display(x)` shows.
    public static func displayValue(_ value: Value) -> DisplayValue {
        switch value {
        case let .host(h):
            return h.display()
        case let .array(items) where items.count > 1:
            if let table = tupleTable(items) { return .table(table) }
            return .text(describe(value, elide: true))
        default:
            return .text(describe(value, elide: true))
        }
    }

    /// An array of tuples of equal arity as a table (columns from labels or positions).
    static func tupleTable(_ items: [Value]) -> DisplayTable? {
        guard case let .tuple(first, labels)? = items.first, !first.isEmpty else { return nil }
        for item in items {
            guard case let .tuple(vs, ls) = item, vs.count == first.count, ls == labels else { return nil }
        }
        let columns = labels.enumerated().map { $1 ?? String($0) }
        let shown = items.prefix(tableRows).map { item -> [String] in
            guard case let .tuple(vs, _) = item else { return [] }
            return vs.map { text($0) }
        }
        return DisplayTable(columns: columns, index: (0..<shown.count).map(String.init), rows: shown,
                            totalRows: items.count, totalColumns: columns.count)
    }

    /// - Parameter insideInstance: true below a class instance, where nested instances show as
    ///   `Name(…)` so a cycle (`node.next = node`) cannot recurse forever.
    static func describe(_ value: Value, elide: Bool, insideInstance: Bool = false) -> String {
        func describe(_ v: Value, elide: Bool) -> String { Display.describe(v, elide: elide, insideInstance: insideInstance) }
        switch value {
        case let .int(i): return String(i)
        case let .double(d): return formatDouble(d)
        case let .bool(b): return b ? "true" : "false"
        case let .string(s): return quote(s)
        case let .array(items):
            if elide && items.count > elisionThreshold {
                let head = items.prefix(10).map { describe($0, elide: true) }
                let tail = items.suffix(3).map { describe($0, elide: true) }
                return "[" + (head + ["…"] + tail).joined(separator: ", ") + "] (\(items.count) elements)"
            }
            return "[" + items.map { describe($0, elide: elide) }.joined(separator: ", ") + "]"
        case let .dictionary(d):
            if d.count == 0 { return "[:]" }
            return "[" + d.entries.map { "\(describe($0.key.value, elide: elide)): \(describe($0.value, elide: elide))" }
                .joined(separator: ", ") + "]"
        case let .tuple(vs, labels):
            return "(" + zip(vs, labels).map { v, l in
                (l.map { "\($0): " } ?? "") + describe(v, elide: elide)
            }.joined(separator: ", ") + ")"
        case let .range(lo, hi, closed): return "\(lo)\(closed ? "..." : "..<")\(hi)"
        case .none: return "nil"
        case .void: return "()"
        case let .function(f): return f.kind == .closure ? "(Function)" : "(Function \(f.name))"
        case let .builtin(b): return "(Function \(b.name))"
        case let .classType(c): return c.name
        case let .type(name): return name
        case let .instance(inst):
            if insideInstance { return "\(inst.classValue.name)(…)" }
            let fields = inst.fieldOrder.compactMap { name in inst.fields[name].map { "\(name): \(short($0))" } }
            return "\(inst.classValue.name)(\(fields.joined(separator: ", ")))"
        case let .host(h): return h.textDescription
        case let .symbol(name, args):
            if args.isEmpty { return ".\(name)" }
            return ".\(name)(" + args.map { ($0.label.map { "\($0): " } ?? "") + describe($0.value, elide: elide) }
                .joined(separator: ", ") + ")"
        }
    }

    /// A bounded description for values nested in an instance.
    static func short(_ value: Value) -> String {
        let s = describe(value, elide: true, insideInstance: true)
        return s.count > 60 ? String(s.prefix(57)) + "…" : s
    }

    /// Swift's `Double.description`: `3.0`, `0.1`, `1e-05`, `inf`, `nan`.
    public static func formatDouble(_ d: Double) -> String { d.description }

    /// A string literal with Swift's escapes.
    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }
}
