/// Errors from data frame operations (CSV reading has its own ``CSVError``).
/// Each case carries the offending name or value; `description` says what was expected.
public enum FrameError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No column has this name; `available` lists the frame's columns in order.
    case columnNotFound(String, available: [String])
    /// Two columns given to a frame share a name.
    case duplicateColumnName(String)
    /// A column's length differs from the frame's row count.
    case lengthMismatch(column: String, expected: Int, found: Int)
    /// A row position outside `0..<rowCount`.
    case rowOutOfRange(Int, rowCount: Int)
    /// The operation needs another column type (`expected` says which).
    case wrongType(column: String, expected: String, found: ColumnType)
    /// The operation needs a value where row `row` of `column` is missing.
    case missingValue(column: String, row: Int)
    /// A result would need more cells than `limit` (a crosstab of `rows` × `columns` keys).
    case tooLarge(rows: Int, columns: Int, limit: Int)
    /// A join would produce more rows than ``DataFrame/maxJoinRows`` (keys repeated on both sides).
    case joinTooLarge(key: String, rowsAtLeast: Int, limit: Int)
    /// Join keys of types that can never match (pandas raises the same for int vs object).
    case incompatibleJoinKeys(column: String, left: ColumnType, right: ColumnType)
    /// A value of the wrong kind for a column: a String for a numeric column or a number for a
    /// String one (comparing, filling).
    case valueMismatch(column: String, type: ColumnType, value: CellValue)
    /// A number too large (or infinite) to be a date.
    case dateOutOfRange(column: String, value: Double)
    /// A regular expression that does not compile.
    case invalidPattern(String)

    public var description: String {
        switch self {
        case .columnNotFound(let name, let available):
            let list = available.map { "'\($0)'" }.joined(separator: ", ")
            return "expected a column named '\(name)'; the frame has \(available.isEmpty ? "no columns" : list)"
        case .duplicateColumnName(let name):
            return "expected unique column names, but '\(name)' appears twice"
        case .lengthMismatch(let column, let expected, let found):
            return "expected column '\(column)' to have \(expected) rows, found \(found)"
        case .rowOutOfRange(let row, let rowCount):
            return "expected a row position in 0..<\(rowCount), got \(row)"
        case .wrongType(let column, let expected, let found):
            return "expected \(expected) column '\(column)', found a \(found) column"
        case .missingValue(let column, let row):
            return "expected a value in column '\(column)' at row \(row), found a missing value"
        case .joinTooLarge(let key, let rows, let limit):
            return "expected a join on '\(key)' of at most \(limit) rows, but it would make more than \(rows) (keys repeated on both sides multiply)"
        case .tooLarge(let rows, let columns, let limit):
            return "expected at most \(limit) cells, but \(rows) row keys × \(columns) column keys would need more"
        case .valueMismatch(let column, let type, let value):
            let shown: String
            if case .string(let text) = value { shown = "\"\(text)\"" } else { shown = value.description }
            return "expected \(type == .string ? "a String" : "a number") for \(type) column '\(column)', got \(shown)"
        case .dateOutOfRange(let column, let value):
            return "expected dates within 1e16 seconds of 1970 in column '\(column)', got \(PandasFloatFormat.repr(value))"
        case .invalidPattern(let pattern):
            return "expected a regular expression, got '\(pattern)' (pass regex: false to match it literally)"
        case .incompatibleJoinKeys(let column, let left, let right):
            return "expected join key '\(column)' to have comparable types on both sides, found \(left) and \(right)"
        }
    }
}
