/// Which rows a merge keeps (pandas `merge(how=…)`).
public enum MergeHow: String, Sendable, CaseIterable {
    /// Rows whose key is on both sides, in the left frame's order.
    case inner
    /// Every left row, in order; rows without a match get missing right values.
    case left
    /// Every right row, in order; rows without a match get missing left values.
    case right
    /// Every row of both sides, keys sorted; unmatched sides missing.
    case outer
}

extension DataFrame {
    /// A database-style merge on a column both frames have (pandas
    /// `pd.merge(self, other, on=key, how=how, suffixes=suffixes)`, pandas ≥ 2.2 row order).
    ///
    /// - Rows: `inner` and `left` follow this frame's rows, each with its matches in `other`'s
    ///   order; `right` follows `other`'s rows, each with its matches in this frame's order;
    ///   `outer` sorts the keys (missing key last) and gives, per key, the left rows times the
    ///   right rows. Keys match by value (`1` matches `1.0`); a missing key matches a missing key.
    /// - Columns: the key once (from whichever side has the row), this frame's other columns,
    ///   then `other`'s; a name on both sides gets `suffixes.left` and `suffixes.right`.
    ///   Columns of the side without a match get missing values (an Int column stays Int).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``,
    ///   ``FrameError/incompatibleJoinKeys(column:left:right:)``, ``FrameError/joinTooLarge(key:rowsAtLeast:limit:)``.
    public func merge(
        _ other: DataFrame, on key: String, how: MergeHow, suffixes: (left: String, right: String) = ("_x", "_y")
    ) throws -> DataFrame {
        let leftKey = try column(key)
        let rightKey = try other.column(key)
        guard leftKey.type.isNumeric == rightKey.type.isNumeric else {
            throw FrameError.incompatibleJoinKeys(column: key, left: leftKey.type, right: rightKey.type)
        }
        func index(_ c: Column) -> [CellValue?: [Int]] {
            var rows: [CellValue?: [Int]] = [:]
            for row in 0..<c.count { rows[c[row]?.matchKey, default: []].append(row) }
            return rows
        }
        let leftIndex = index(leftKey), rightIndex = index(rightKey)
        // Pairs of rows; -1 = no row on that side.
        var pairs: [(Int, Int)] = []
        func add(_ l: Int, _ r: Int) throws {
            pairs.append((l, r))
            if pairs.count > Self.maxJoinRows {
                throw FrameError.joinTooLarge(key: key, rowsAtLeast: Self.maxJoinRows, limit: Self.maxJoinRows)
            }
        }
        switch how {
        case .inner, .left:
            for l in 0..<rowCount {
                if let matches = rightIndex[leftKey[l]?.matchKey] {
                    for r in matches { try add(l, r) }
                } else if how == .left {
                    try add(l, -1)
                }
            }
        case .right:
            for r in 0..<other.rowCount {
                if let matches = leftIndex[rightKey[r]?.matchKey] {
                    for l in matches { try add(l, r) }
                } else {
                    try add(-1, r)
                }
            }
        case .outer:
            // Distinct keys of both sides (first row of each), sorted, missing last.
            var firstOfKey: [CellValue?: CellValue?] = [:]
            for row in 0..<rowCount { firstOfKey[leftKey[row]?.matchKey] = firstOfKey[leftKey[row]?.matchKey] ?? leftKey[row] }
            for row in 0..<other.rowCount {
                firstOfKey[rightKey[row]?.matchKey] = firstOfKey[rightKey[row]?.matchKey] ?? rightKey[row]
            }
            let keys = firstOfKey.keys.sorted { a, b in
                guard let a = a else { return false }
                guard let b = b else { return true }
                return CellValue.ascending(firstOfKey[a]!!, firstOfKey[b]!!)
            }
            for k in keys {
                let ls = leftIndex[k] ?? [-1], rs = rightIndex[k] ?? [-1]
                for l in ls { for r in rs { try add(l, r) } }
            }
        }
        let leftRows = pairs.map(\.0), rightRows = pairs.map(\.1)
        let leftNames = Set(columnNames), rightNames = Set(other.columnNames)
        var result: [Column] = []
        for c in columns {
            if c.name == key {
                let merged: [CellValue?] = pairs.map { l, r in l >= 0 ? leftKey[l] : rightKey[r] }
                let type: ColumnType = leftKey.type == rightKey.type ? leftKey.type : .double
                result.append(Column.of(type, name: key, merged))
            } else {
                let name = rightNames.contains(c.name) ? c.name + suffixes.left : c.name
                result.append(c.takingOrMissing(leftRows).renamed(name))
            }
        }
        for c in other.columns where c.name != key {
            let name = leftNames.contains(c.name) ? c.name + suffixes.right : c.name
            result.append(c.takingOrMissing(rightRows).renamed(name))
        }
        return try DataFrame(result)
    }
}

extension Column {
    /// The rows at `rows`, where -1 gives a missing value.
    func takingOrMissing(_ rows: [Int]) -> Column {
        guard rows.contains(-1) else { return taking(rows) }
        return Column.of(type, name: name, rows.map { $0 < 0 ? nil : self[$0] })
    }
}
