extension DataFrame {
    /// Inner join on a column both frames have (pandas
    /// `pd.merge(self, other, how='inner', on=key, suffixes=('', '_r'))`, pandas ≥ 2.2 row order).
    ///
    /// - Rows: for each row of `self` in order, one output row per matching row of `other`, in
    ///   `other`'s order; rows without a match are dropped.
    /// - Columns: all of `self`'s (the key once, with `self`'s values), then `other`'s non-key
    ///   columns; a name `self` already has gets the suffix `_r` (as the lesson's `rsuffix='_r'`).
    /// - Keys match by value; Int and Double keys match when equal (`1` and `1.0`). As in pandas
    ///   (unlike SQL), a missing key matches a missing key.
    /// - Throws: ``FrameError/columnNotFound(_:available:)`` (naming the frame lacking the key's
    ///   columns), ``FrameError/incompatibleJoinKeys(column:left:right:)`` for String against
    ///   number, ``FrameError/duplicateColumnName(_:)`` if a suffixed name is still taken.
    /// The most rows a join may produce before it is refused with ``FrameError/joinTooLarge(key:rowsAtLeast:limit:)``.
    public static let maxJoinRows = 100_000_000

    public func join(_ other: DataFrame, on key: String) throws -> DataFrame {
        let leftKey = try column(key)
        let rightKey = try other.column(key)
        guard leftKey.type.isNumeric == rightKey.type.isNumeric else {
            throw FrameError.incompatibleJoinKeys(column: key, left: leftKey.type, right: rightKey.type)
        }
        var rightRowsByKey: [CellValue?: [Int]] = [:]
        for row in 0..<other.rowCount {
            rightRowsByKey[rightKey[row]?.matchKey, default: []].append(row)
        }
        // Count the result first: a many-to-many join can be quadratic in size.
        var resultRows = 0
        for row in 0..<rowCount {
            resultRows += rightRowsByKey[leftKey[row]?.matchKey]?.count ?? 0
            if resultRows > Self.maxJoinRows {
                throw FrameError.joinTooLarge(key: key, rowsAtLeast: Self.maxJoinRows, limit: Self.maxJoinRows)
            }
        }
        var leftRows: [Int] = []
        var rightRows: [Int] = []
        leftRows.reserveCapacity(resultRows)
        rightRows.reserveCapacity(resultRows)
        for row in 0..<rowCount {
            guard let matches = rightRowsByKey[leftKey[row]?.matchKey] else { continue }
            for match in matches {
                leftRows.append(row)
                rightRows.append(match)
            }
        }
        let leftNames = Set(columnNames)
        var result = columns.map { $0.taking(leftRows) }
        for column in other.columns where column.name != key {
            let name = leftNames.contains(column.name) ? column.name + "_r" : column.name
            result.append(column.taking(rightRows).renamed(name))
        }
        return try DataFrame(result)
    }
}
