/// How ``crosstab(_:rows:columns:values:aggregate:)`` combines the values of one cell.
public enum CrosstabAggregate: String, Sendable, CaseIterable {
    /// Sum of present values (pandas `aggfunc=np.sum`; 0 when the pair exists but every value is missing).
    case sum
    /// Number of present values (pandas `aggfunc='count'`).
    case count
    /// Mean of present values (pandas `aggfunc='mean'`; missing when none is present).
    case mean
}

/// The largest crosstab built (cells = row keys × column keys), about 1.7 GB of working memory:
/// users × movies of MovieLens 20M would need billions and is refused with an error instead.
public let crosstabCellLimit = 100_000_000

/// A cross-tabulation of a numeric `values` column by two key columns (pandas
/// `pd.crosstab(df[rows], df[columns], df[values], aggfunc=...)`, default `dropna=True`).
///
/// Result: first column named `rows` holding the distinct row keys (sorted), then one Double
/// column per distinct column key (sorted), named by the key's text (`CellValue.description`).
/// Cells with no row having that pair of keys are missing (pandas NaN). Rows with a missing key
/// are ignored; row or column keys whose cells are all missing are dropped, as pandas does.
/// Shape: (distinct row keys) × (1 + distinct column keys).
/// - Throws: ``FrameError/columnNotFound(_:available:)``, ``FrameError/wrongType(column:expected:found:)``
///   when `values` is not numeric, ``FrameError/duplicateColumnName(_:)`` when a column key's
///   text equals `rows`, ``FrameError/tooLarge(rows:columns:limit:)`` beyond ``crosstabCellLimit`` cells.
public func crosstab(
    _ frame: DataFrame, rows: String, columns: String, values: String,
    aggregate: CrosstabAggregate = .sum
) throws -> DataFrame {
    let (rowKeys, rowRank) = try frame.column(rows).sortedGroups()
    let (columnKeys, columnRank) = try frame.column(columns).sortedGroups()
    let data = try frame.column(values).doubles()
    let nr = rowKeys.count, nc = columnKeys.count
    let (cellCount, overflow) = nr.multipliedReportingOverflow(by: nc)
    guard !overflow, cellCount <= crosstabCellLimit else {
        throw FrameError.tooLarge(rows: nr, columns: nc, limit: crosstabCellLimit)
    }
    var sums = [Double](repeating: 0, count: nr * nc)
    var counts = [Int](repeating: 0, count: nr * nc)
    var exists = [Bool](repeating: false, count: nr * nc)
    for i in 0..<frame.rowCount {
        let r = rowRank[i], c = columnRank[i]
        guard r >= 0, c >= 0 else { continue }
        let cell = r * nc + c
        exists[cell] = true
        if !data[i].isNaN {
            sums[cell] += data[i]
            counts[cell] += 1
        }
    }
    func value(_ cell: Int) -> Double? {
        guard exists[cell] else { return nil }
        switch aggregate {
        case .sum: return sums[cell]
        case .count: return Double(counts[cell])
        case .mean: return counts[cell] > 0 ? sums[cell] / Double(counts[cell]) : nil
        }
    }
    let cells = (0..<(nr * nc)).map(value)
    let keptRows = (0..<nr).filter { r in (0..<nc).contains { cells[r * nc + $0] != nil } }
    let keptColumns = (0..<nc).filter { c in keptRows.contains { cells[$0 * nc + c] != nil } }
    var result = [rowKeys.taking(keptRows).renamed(rows)]
    for c in keptColumns {
        let name = columnKeys[c]?.description ?? ""
        result.append(Column(name: name, doubles: keptRows.map { cells[$0 * nc + c] }))
    }
    return try DataFrame(result)
}
