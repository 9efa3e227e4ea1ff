/// A column's values, stored unboxed by type.
///
/// Rows whose validity flag is false are missing; their slot holds a placeholder
/// (0 for Int, NaN for Double, "" for String) that no accessor returns as a value.
public enum ColumnValues: Sendable, Equatable {
    case int([Int])
    case double([Double])
    case string([String])

    var count: Int {
        switch self {
        case .int(let v): return v.count
        case .double(let v): return v.count
        case .string(let v): return v.count
        }
    }
}

/// A named, typed column of a ``DataFrame`` with missing values.
///
/// Storage: one typed array plus a validity mask (`true` = present; an empty mask means no
/// value is missing). In a Double column NaN counts as missing, as in pandas (`isna(NaN)`).
/// Element access never traps: out-of-range rows give `nil` or throw ``FrameError/rowOutOfRange(_:rowCount:)``.
public struct Column: Sendable, Equatable {
    /// The column's name (its header in the CSV file).
    public var name: String
    /// The stored values, including placeholders at missing rows.
    public private(set) var values: ColumnValues
    /// Empty when no value is missing, else one flag per row (`true` = present).
    private var validity: [Bool]

    /// A column from stored values and a mask; `validity` empty or of the same length.
    init(name: String, values: ColumnValues, validity: [Bool]) {
        self.name = name
        self.values = values
        self.validity = validity.contains(false) ? validity : []
    }

    /// An Int column; `nil` elements are missing.
    public init(name: String, ints: [Int?]) {
        self.init(name: name, values: .int(ints.map { $0 ?? 0 }), validity: ints.map { $0 != nil })
    }

    /// A Double column; `nil` and NaN elements are missing.
    public init(name: String, doubles: [Double?]) {
        self.init(
            name: name, values: .double(doubles.map { $0 ?? .nan }),
            validity: doubles.map { $0.map { !$0.isNaN } ?? false })
    }

    /// A String column; `nil` elements are missing.
    public init(name: String, strings: [String?]) {
        self.init(name: name, values: .string(strings.map { $0 ?? "" }), validity: strings.map { $0 != nil })
    }

    /// Number of rows (present and missing).
    public var count: Int { values.count }

    /// The element type.
    public var type: ColumnType {
        switch values {
        case .int: return .int
        case .double: return .double
        case .string: return .string
        }
    }

    /// Whether row `row` holds a value (false for missing rows and rows out of range).
    public func isPresent(_ row: Int) -> Bool {
        guard row >= 0, row < count else { return false }
        return validity.isEmpty || validity[row]
    }

    /// Number of missing values.
    public var missingCount: Int { validity.isEmpty ? 0 : validity.reduce(0) { $0 + ($1 ? 0 : 1) } }

    /// The value at `row`, or nil when it is missing or `row` is out of range.
    public subscript(row: Int) -> CellValue? {
        guard isPresent(row) else { return nil }
        switch values {
        case .int(let v): return .int(v[row])
        case .double(let v): return .double(v[row])
        case .string(let v): return .string(v[row])
        }
    }

    /// The value at `row` (nil when missing).
    /// - Throws: ``FrameError/rowOutOfRange(_:rowCount:)`` when `row` is not in `0..<count`.
    public func value(at row: Int) throws -> CellValue? {
        guard row >= 0, row < count else { throw FrameError.rowOutOfRange(row, rowCount: count) }
        return self[row]
    }

    /// All values as Doubles (Int promoted), missing as NaN — pandas `Series.to_numpy(float)`.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` for a String column.
    public func doubles() throws -> [Double] {
        switch values {
        case .int(let v):
            return validity.isEmpty ? v.map(Double.init) : zip(v, validity).map { $1 ? Double($0) : .nan }
        case .double(let v):
            return v
        case .string:
            throw FrameError.wrongType(column: name, expected: "a numeric", found: .string)
        }
    }

    /// All values of an Int column.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` unless the column is Int;
    ///   ``FrameError/missingValue(column:row:)`` naming the first missing row.
    public func ints() throws -> [Int] {
        guard case .int(let v) = values else {
            throw FrameError.wrongType(column: name, expected: "an Int", found: type)
        }
        if let row = validity.firstIndex(of: false) { throw FrameError.missingValue(column: name, row: row) }
        return v
    }

    /// All values of a String column.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` unless the column is String;
    ///   ``FrameError/missingValue(column:row:)`` naming the first missing row.
    public func strings() throws -> [String] {
        guard case .string(let v) = values else {
            throw FrameError.wrongType(column: name, expected: "a String", found: type)
        }
        if let row = validity.firstIndex(of: false) { throw FrameError.missingValue(column: name, row: row) }
        return v
    }

    /// The rows at `rows`, in that order. Every index must be in range (callers guarantee it).
    func taking(_ rows: [Int]) -> Column {
        let mask = validity.isEmpty ? [] : rows.map { validity[$0] }
        switch values {
        case .int(let v): return Column(name: name, values: .int(rows.map { v[$0] }), validity: mask)
        case .double(let v): return Column(name: name, values: .double(rows.map { v[$0] }), validity: mask)
        case .string(let v): return Column(name: name, values: .string(rows.map { v[$0] }), validity: mask)
        }
    }

    /// The same column under another name.
    public func renamed(_ newName: String) -> Column {
        var copy = self
        copy.name = newName
        return copy
    }
}
