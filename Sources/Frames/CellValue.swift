/// The element type of a ``Column``.
public enum ColumnType: String, Sendable, Equatable, CustomStringConvertible {
    case int = "Int"
    case double = "Double"
    case string = "String"

    public var description: String { rawValue }

    /// Whether the column holds numbers (Int or Double).
    public var isNumeric: Bool { self != .string }
}

/// One present cell's value, used for keys, `min`/`max` results and generic access.
///
/// Ordering (used by sorting, group-by and crosstab): numbers compare numerically across
/// Int and Double; strings compare by Unicode scalar values (code points), as Python does;
/// any number sorts before any string. Missing values are not `CellValue`s (they are `nil`).
public enum CellValue: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case string(String)

    /// The number as a Double (Int promoted), or nil for a string.
    public var doubleValue: Double? {
        switch self {
        case .int(let v): return Double(v)
        case .double(let v): return v
        case .string: return nil
        }
    }

    /// The value as plain text: Ints as digits, Doubles in Python's `repr` style (`3.0`, `2.5`),
    /// strings unchanged. Used for crosstab column names.
    public var description: String {
        switch self {
        case .int(let v): return String(v)
        case .double(let v): return PandasFloatFormat.repr(v)
        case .string(let s): return s
        }
    }

    /// Strict "less than" in the order described on the type.
    public static func ascending(_ a: CellValue, _ b: CellValue) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.string(let x), .string(let y)):
            return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
        case (.string, _): return false
        case (_, .string): return true
        default:
            // Int against Double, or Double against Double: compare numerically.
            return (a.doubleValue ?? 0) < (b.doubleValue ?? 0)
        }
    }

    /// A hashable key in which equal numbers are equal whatever their type (`1` and `1.0`),
    /// as pandas matches keys in `merge` and `groupby`.
    var matchKey: CellValue {
        if case .double(let d) = self, d.rounded() == d, abs(d) < 9.0e15 { return .int(Int(d)) }
        return self
    }
}
