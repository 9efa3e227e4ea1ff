/// A column-oriented table: ordered, uniquely named ``Column``s of equal length.
///
/// Rows are identified by position (`0..<rowCount`), like a pandas frame with a default
/// `RangeIndex`. Every operation returns a new frame; frames are values.
///
/// What it offers (one file each): ``CSVReader`` reads a file into a frame; ``unique(_:)``,
/// ``nunique(_:)``, ``min(_:)``, ``max(_:)``, ``count(_:)`` (Reductions.swift);
/// ``groupBy(_:)`` (GroupBy.swift); ``sorted(by:ascending:)`` (Sorting.swift);
/// ``join(_:on:)`` (Join.swift); ``crosstab(_:rows:columns:values:aggregate:)`` (Crosstab.swift);
/// ``table(maxRows:)`` (FrameTable.swift). pandas' verbs: masks and ``filter(_:)`` (Masks.swift),
/// column arithmetic (Arithmetic.swift), reductions and ``describe()`` (Statistics.swift),
/// ``merge(_:on:how:suffixes:)`` (Merge.swift), several sort keys (Sorting.swift), ``dropping(columns:)``,
/// ``renaming(columns:)``, ``droppingMissing(subset:)``, ``exploding(_:lists:)`` (Editing.swift),
/// `str` methods (StringMethods.swift), ``Datetimes`` (Dates.swift), ``csvText()`` (CSVWriter.swift).
public struct DataFrame: Sendable, Equatable {
    /// The columns, in order.
    public private(set) var columns: [Column]
    /// Number of rows.
    public let rowCount: Int

    /// A frame from columns of equal length with unique names.
    /// - Throws: ``FrameError/duplicateColumnName(_:)``, ``FrameError/lengthMismatch(column:expected:found:)``.
    public init(_ columns: [Column]) throws {
        var seen = Set<String>()
        for column in columns where !seen.insert(column.name).inserted {
            throw FrameError.duplicateColumnName(column.name)
        }
        let rows = columns.first?.count ?? 0
        for column in columns where column.count != rows {
            throw FrameError.lengthMismatch(column: column.name, expected: rows, found: column.count)
        }
        self.columns = columns
        self.rowCount = rows
    }

    /// A frame whose columns are already checked (same length, unique names).
    init(checked columns: [Column], rowCount: Int) {
        self.columns = columns
        self.rowCount = rowCount
    }

    /// The column names, in order (pandas `df.columns`).
    public var columnNames: [String] { columns.map(\.name) }

    /// `(rows, columns)`, as pandas `df.shape`.
    public var shape: (rows: Int, columns: Int) { (rowCount, columns.count) }

    /// Position of the column named `name`, or nil.
    public func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }

    /// The column named `name`.
    /// - Throws: ``FrameError/columnNotFound(_:available:)`` listing the frame's columns.
    public func column(_ name: String) throws -> Column {
        guard let index = columnIndex(name) else {
            throw FrameError.columnNotFound(name, available: columnNames)
        }
        return columns[index]
    }

    /// The first `n` rows (pandas `head`): all rows when `n >= rowCount`; for negative `n`,
    /// all rows except the last `-n`.
    public func head(_ n: Int = 5) -> DataFrame {
        let end = n >= 0 ? Swift.min(n, rowCount) : Swift.max(rowCount + n, 0)
        return takingRows(Array(0..<end))
    }

    /// The last `n` rows (pandas `tail`); for negative `n`, all rows except the first `-n`.
    public func tail(_ n: Int = 5) -> DataFrame {
        let start = n >= 0 ? Swift.max(rowCount - n, 0) : (n < -rowCount ? rowCount : -n)
        return takingRows(Array(start..<rowCount))
    }

    /// The rows at these positions, in this order (pandas `iloc[rows]`).
    /// - Throws: ``FrameError/rowOutOfRange(_:rowCount:)`` for a position outside `0..<rowCount`.
    public func rows(_ rows: [Int]) throws -> DataFrame {
        if let bad = rows.first(where: { $0 < 0 || $0 >= rowCount }) {
            throw FrameError.rowOutOfRange(bad, rowCount: rowCount)
        }
        return takingRows(rows)
    }

    /// Only these columns, in this order (pandas `df[[names]]`).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``, ``FrameError/duplicateColumnName(_:)``.
    public func selecting(_ names: [String]) throws -> DataFrame {
        try DataFrame(names.map { try column($0) })
    }

    /// This frame with `column` appended, or replacing the column of the same name in place.
    /// - Throws: ``FrameError/lengthMismatch(column:expected:found:)`` when lengths differ
    ///   (a frame without columns takes the new column's length).
    public func adding(_ column: Column) throws -> DataFrame {
        var newColumns = columns
        if let index = columnIndex(column.name) { newColumns[index] = column } else { newColumns.append(column) }
        return try DataFrame(newColumns)
    }

    /// Rows at trusted positions.
    func takingRows(_ rows: [Int]) -> DataFrame {
        DataFrame(checked: columns.map { $0.taking(rows) }, rowCount: rows.count)
    }
}
