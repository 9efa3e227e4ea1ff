/// Boolean masks from column comparisons, and row filtering by a mask (pandas `df["a"] >= 50`,
/// `df[mask]`, `isna`).
public enum Comparison: String, Sendable, CaseIterable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

    func holds(_ order: Int) -> Bool {
        switch self {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        }
    }
}

extension Column {
    /// The value at a present row compared with `value`: -1, 0 or 1; nil when a String meets a number.
    func order(_ row: Int, _ value: CellValue) -> Int? {
        guard let mine = self[row] else { return nil }
        switch (mine, value) {
        case (.string(let a), .string(let b)):
            return a == b ? 0 : (a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1)
        case (.string, _), (_, .string): return nil
        case (.int(let a), .int(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        default:
            let a = mine.doubleValue!, b = value.doubleValue!
            return a == b ? 0 : (a < b ? -1 : 1)
        }
    }

    /// One flag per row: whether the row's value compares with `value` as `op` says (pandas
    /// `s >= value`). A missing value compares false, except `!=`, which is true (NaN != x).
    /// - Throws: ``FrameError/valueMismatch(column:type:value:)`` comparing strings with numbers.
    public func compare(_ op: Comparison, _ value: CellValue) throws -> [Bool] {
        if (type == .string) != (value.doubleValue == nil) {
            throw FrameError.valueMismatch(column: name, type: type, value: value)
        }
        return (0..<count).map { row in
            guard let o = order(row, value) else { return op == .notEqual }
            return op.holds(o)
        }
    }

    /// Row-by-row comparison with another column of the same length (pandas `s1 < s2`).
    /// - Throws: ``FrameError/lengthMismatch(column:expected:found:)``, ``FrameError/wrongType(column:expected:found:)``.
    public func compare(_ op: Comparison, _ other: Column) throws -> [Bool] {
        guard other.count == count else { throw FrameError.lengthMismatch(column: other.name, expected: count, found: other.count) }
        guard type.isNumeric == other.type.isNumeric else {
            throw FrameError.wrongType(column: other.name, expected: type.isNumeric ? "a numeric" : "a String", found: other.type)
        }
        return (0..<count).map { row in
            guard let v = other[row], let o = order(row, v) else { return op == .notEqual }
            return op.holds(o)
        }
    }

    /// Whether each row is missing (pandas `Series.isna`).
    public func isMissing() -> [Bool] { (0..<count).map { !isPresent($0) } }

    /// Whether each row's value is one of `values` (pandas `Series.isin`); missing rows are false.
    public func isIn(_ values: [CellValue]) -> [Bool] {
        let keys = Set(values.map(\.matchKey))
        return (0..<count).map { self[$0].map { keys.contains($0.matchKey) } ?? false }
    }
}

extension DataFrame {
    /// The rows whose flag is true, in order (pandas `df[mask]`).
    /// - Throws: ``FrameError/lengthMismatch(column:expected:found:)`` when the mask has another length.
    public func filter(_ mask: [Bool]) throws -> DataFrame {
        guard mask.count == rowCount else { throw FrameError.lengthMismatch(column: "mask", expected: rowCount, found: mask.count) }
        return takingRows(mask.indices.filter { mask[$0] })
    }
}
