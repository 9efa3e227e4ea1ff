extension DataFrame {
    /// The rows sorted by one column (pandas `DataFrame.sort_values(by, ascending=...,
    /// kind='stable', na_position='last')`).
    ///
    /// Stable in both directions: rows with equal values keep their original order. pandas'
    /// default `kind='quicksort'` is not stable, so on ties pandas may order rows differently;
    /// we always match `kind='stable'`. Missing values go last. Strings sort by code points.
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func sorted(by column: String, ascending: Bool = true) throws -> DataFrame {
        takingRows(try self.column(column).stableOrder(ascending: ascending))
    }

    /// The rows sorted by several columns, the first deciding first, each in its own direction
    /// (pandas `sort_values([a, b], ascending=[…], kind='stable', na_position='last')`).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``, ``FrameError/lengthMismatch(column:expected:found:)``
    ///   when `ascending` has neither one flag nor one per column.
    public func sorted(by names: [String], ascending: [Bool]) throws -> DataFrame {
        guard ascending.count == names.count || ascending.count == 1 else {
            throw FrameError.lengthMismatch(column: "ascending", expected: names.count, found: ascending.count)
        }
        let keys = try names.map { try column($0) }
        // Rank each key column's rows once (ties share a rank), then sort rows by rank tuples.
        let ranks: [[Int]] = keys.enumerated().map { i, c in
            let up = ascending.count == 1 ? ascending[0] : ascending[i]
            let (_, rankOfRow) = c.sortedGroups()
            let distinct = (rankOfRow.max() ?? -1) + 1
            return rankOfRow.map { $0 < 0 ? Int.max : (up ? $0 : distinct - 1 - $0) }
        }
        let order = (0..<rowCount).sorted { a, b in
            for r in ranks where r[a] != r[b] { return r[a] < r[b] }
            return a < b
        }
        return takingRows(order)
    }
}
