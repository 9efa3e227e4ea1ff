/// Rows of a frame grouped by the values of one or more key columns, groups in sorted key order
/// (pandas `df.groupby(keys)` with its defaults `sort=True`, `dropna=True`: rows with a missing
/// key belong to no group). Made by ``DataFrame/groupBy(_:)``.
///
/// Results are frames with the key columns first (pandas `as_index=False`, or `reset_index()`),
/// then one column per aggregated column.
public struct GroupBy: Sendable {
    /// The grouped frame.
    public let frame: DataFrame
    /// The key columns' names.
    public let keyNames: [String]
    /// The distinct present key combinations, sorted: one row per group.
    public let keyFrame: DataFrame
    /// For each row of `frame`, its group's position in `keyFrame`, or -1 when a key is missing.
    let groupOfRow: [Int]
    /// For each group, its rows in order.
    let rowsOfGroup: [[Int]]

    /// The first key column's name.
    public var key: String { keyNames[0] }
    /// The first key column's distinct present values, one per group (sorted).
    public var keys: Column { keyFrame.columns[0] }
    /// The number of groups.
    public var groupCount: Int { keyFrame.rowCount }

    init(frame: DataFrame, keys: [String]) throws {
        self.frame = frame
        self.keyNames = keys
        let keyColumns = try keys.map { try frame.column($0) }
        let ranked = keyColumns.map { $0.sortedGroups() }
        // Distinct rank tuples of rows whose keys are all present, sorted lexicographically.
        var codeOfTuple: [[Int]: Int] = [:]
        var tuples: [[Int]] = []
        var firstRows: [Int] = []
        var codes = [Int](repeating: -1, count: frame.rowCount)
        for row in 0..<frame.rowCount {
            let tuple = ranked.map { $0.rankOfRow[row] }
            if tuple.contains(-1) { continue }
            if let code = codeOfTuple[tuple] {
                codes[row] = code
            } else {
                codeOfTuple[tuple] = tuples.count
                codes[row] = tuples.count
                tuples.append(tuple)
                firstRows.append(row)
            }
        }
        let order = tuples.indices.sorted { tuples[$0].lexicographicallyPrecedes(tuples[$1]) }
        var groupOfCode = [Int](repeating: 0, count: order.count)
        for (group, code) in order.enumerated() { groupOfCode[code] = group }
        self.groupOfRow = codes.map { $0 < 0 ? -1 : groupOfCode[$0] }
        var rows = [[Int]](repeating: [], count: order.count)
        for (row, g) in groupOfRow.enumerated() where g >= 0 { rows[g].append(row) }
        self.rowsOfGroup = rows
        self.keyFrame = DataFrame(
            checked: keyColumns.map { $0.taking(order.map { firstRows[$0] }) }, rowCount: order.count)
    }

    /// Rows per group: the key columns and an Int column `count`
    /// (pandas `df.groupby(keys).size()`, which counts rows whatever they hold).
    public func count() -> DataFrame {
        withKeys([Column(name: "count", ints: rowsOfGroup.map(\.count))])
    }

    /// Present values of `column` per group: key columns and an Int column `count`
    /// (pandas `df.groupby(keys)[column].count()`).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func count(_ column: String) throws -> DataFrame {
        withKeys([try aggregate(column, .count).renamed("count")])
    }

    /// Mean of the present values of a numeric `column` per group, as a Double column named
    /// `column` (pandas `df.groupby(keys)[column].mean()`; a group with no present value gets a
    /// missing mean).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``, ``FrameError/wrongType(column:expected:found:)``.
    public func mean(_ column: String) throws -> DataFrame {
        try aggregate([(column, [.mean])], suffixed: false)
    }

    /// `column` reduced per group by `aggregation`, named `column` (pandas
    /// `df.groupby(keys)[column].agg(aggregation)`).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``, ``FrameError/wrongType(column:expected:found:)``.
    public func aggregate(_ column: String, _ aggregation: Aggregation) throws -> Column {
        let values = try frame.column(column)
        let reduced = try rowsOfGroup.map { try values.taking($0).aggregate(aggregation) }
        return Column.of(aggregation.resultType(for: values.type), name: column, reduced)
    }

    /// Several columns, each reduced by one or more aggregations (pandas
    /// `df.groupby(keys).agg({column: [functions]})`): key columns, then one column per pair,
    /// named `column` when `suffixed` is false, else `column_function` (pandas' two-level column
    /// names joined by `_`).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``, ``FrameError/wrongType(column:expected:found:)``,
    ///   ``FrameError/duplicateColumnName(_:)``.
    public func aggregate(_ spec: [(column: String, aggregations: [Aggregation])], suffixed: Bool) throws -> DataFrame {
        var result: [Column] = []
        for (column, aggregations) in spec {
            for aggregation in aggregations {
                let c = try aggregate(column, aggregation)
                result.append(suffixed ? c.renamed("\(column)_\(aggregation.rawValue)") : c)
            }
        }
        return try DataFrame(keyFrame.columns + result)
    }

    /// Every non-key column reduced by `aggregation` (pandas `df.groupby(keys).sum()` and friends;
    /// with `numericOnly`, String columns are left out, as pandas' `numeric_only=True`).
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` for a String column a numeric reduction meets.
    public func aggregateAll(_ aggregation: Aggregation, numericOnly: Bool = false) throws -> DataFrame {
        let names = frame.columns.filter { !keyNames.contains($0.name) && (!numericOnly || $0.type.isNumeric) }.map(\.name)
        return try aggregate(names.map { ($0, [aggregation]) }, suffixed: false)
    }

    private func withKeys(_ columns: [Column]) -> DataFrame {
        DataFrame(checked: keyFrame.columns + columns, rowCount: keyFrame.rowCount)
    }
}

extension DataFrame {
    /// Groups the rows by the values of `column` (pandas `df.groupby(column)`); see ``GroupBy``.
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func groupBy(_ column: String) throws -> GroupBy {
        try GroupBy(frame: self, keys: [column])
    }

    /// Groups the rows by several key columns (pandas `df.groupby([a, b])`); see ``GroupBy``.
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func groupBy(_ columns: [String]) throws -> GroupBy {
        try GroupBy(frame: self, keys: columns)
    }
}
