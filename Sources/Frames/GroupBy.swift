/// Rows of a frame grouped by the values of one key column, keys in sorted order
/// (pandas `df.groupby(key)` with its defaults `sort=True`, `dropna=True`: rows whose key is
/// missing belong to no group). Made by ``DataFrame/groupBy(_:)``.
public struct GroupBy: Sendable {
    /// The grouped frame.
    public let frame: DataFrame
    /// The key column's name.
    public let key: String
    /// Distinct present keys, sorted.
    public let keys: Column
    /// For each row of `frame`, its group's position in `keys`, or -1 when its key is missing.
    let groupOfRow: [Int]

    init(frame: DataFrame, key: String) throws {
        self.frame = frame
        self.key = key
        let (keys, ranks) = try frame.column(key).sortedGroups()
        self.keys = keys
        self.groupOfRow = ranks
    }

    /// Rows per group: a frame of the key column and an Int column `count`
    /// (pandas `df.groupby(key).size()`, which counts rows whatever they hold).
    public func count() -> DataFrame {
        var counts = [Int](repeating: 0, count: keys.count)
        for g in groupOfRow where g >= 0 { counts[g] += 1 }
        return DataFrame(
            checked: [keys, Column(name: "count", values: .int(counts), validity: [])],
            rowCount: keys.count)
    }

    /// Present values of `column` per group: key column and Int column `count`
    /// (pandas `df.groupby(key)[column].count()`).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func count(_ column: String) throws -> DataFrame {
        let values = try frame.column(column)
        var counts = [Int](repeating: 0, count: keys.count)
        for (row, g) in groupOfRow.enumerated() where g >= 0 && values.isPresent(row) { counts[g] += 1 }
        return DataFrame(
            checked: [keys, Column(name: "count", values: .int(counts), validity: [])],
            rowCount: keys.count)
    }

    /// Mean of the present values of a numeric `column` per group, as a Double column named
    /// `column` (pandas `df.groupby(key)[column].mean()`; a group with no present value gets a
    /// missing mean).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``, ``FrameError/wrongType(column:expected:found:)``.
    public func mean(_ column: String) throws -> DataFrame {
        let values = try frame.column(column).doubles()
        var sums = [Double](repeating: 0, count: keys.count)
        var counts = [Int](repeating: 0, count: keys.count)
        for (row, g) in groupOfRow.enumerated() where g >= 0 && !values[row].isNaN {
            sums[g] += values[row]
            counts[g] += 1
        }
        let means: [Double?] = zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : nil }
        return DataFrame(checked: [keys, Column(name: column, doubles: means)], rowCount: keys.count)
    }
}

extension DataFrame {
    /// Groups the rows by the values of `column` (pandas `df.groupby(column)`); see ``GroupBy``.
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func groupBy(_ column: String) throws -> GroupBy {
        try GroupBy(frame: self, key: column)
    }
}
