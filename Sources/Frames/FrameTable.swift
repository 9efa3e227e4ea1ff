/// A frame rendered as text cells for a report, formatted like pandas' `DataFrame.__repr__`.
///
/// - Int values as digits; Double columns by ``PandasFloatFormat`` (pandas precision 6, one
///   common number of decimals per column, `2.5`, `3.0`, `881250949.0`); strings unchanged
///   (escaping is the report's job; pandas' 50-character `max_colwidth` is not applied);
///   missing values as empty strings.
/// - `index` holds row positions as pandas shows a default `RangeIndex`.
/// - A frame with more than `maxRows` rows shows its first `maxRows / 2` and last `maxRows / 2`
///   rows with a row of `...` between them (pandas shows `min_rows` = 10 in the same way).
public struct FrameTable: Sendable, Equatable {
    /// Column headers.
    public var columns: [String]
    /// Row labels (`"0"`, `"1"`, … and `"..."` for the ellipsis row).
    public var index: [String]
    /// Cell texts, one array per shown row, `columns.count` long.
    public var rows: [[String]]
    /// Rows in the whole frame.
    public var totalRows: Int
    /// Columns in the whole frame.
    public var totalColumns: Int
    /// Whether rows were left out (an ellipsis row is present).
    public var isTruncated: Bool { totalRows > rows.count - (index.contains("...") ? 1 : 0) }
}

extension DataFrame {
    /// The frame as display cells (see ``FrameTable``); `maxRows` below 2 is treated as 2.
    public func table(maxRows: Int = 20) -> FrameTable {
        let limit = Swift.max(maxRows, 2)
        let shown: [Int]
        var ellipsisAt: Int?
        if rowCount > limit {
            let half = limit / 2
            shown = Array(0..<half) + Array((rowCount - half)..<rowCount)
            ellipsisAt = half
        } else {
            shown = Array(0..<rowCount)
        }
        let cellColumns: [[String]] = columns.map { column in
            let part = column.taking(shown)
            switch part.values {
            case .int(let v):
                return v.indices.map { part.isPresent($0) ? String(v[$0]) : "" }
            case .double(let v):
                return PandasFloatFormat.column(v.indices.map { part.isPresent($0) ? v[$0] : nil })
            case .string(let v):
                return v.indices.map { part.isPresent($0) ? v[$0] : "" }
            }
        }
        var index = shown.map(String.init)
        var rows = shown.indices.map { r in cellColumns.map { $0[r] } }
        if let at = ellipsisAt {
            index.insert("...", at: at)
            rows.insert(Array(repeating: "...", count: columns.count), at: at)
        }
        return FrameTable(
            columns: columnNames, index: index, rows: rows,
            totalRows: rowCount, totalColumns: columns.count)
    }
}

extension FrameTable {
    /// Plain text laid out as pandas `DataFrame.to_string()` does: a header line, then one line
    /// per shown row; the index left-aligned; each cell gets a leading space (a sign slot, left out
    /// before a `-`), columns are right-aligned and joined by one space; missing values show as
    /// `NaN`. For terminals and logs; a report renders `columns`/`rows` itself.
    public var text: String {
        let cells = rows.map { $0.map { $0.isEmpty ? " NaN" : ($0.hasPrefix("-") ? $0 : " " + $0) } }
        let indexWidth = index.map(\.count).max() ?? 0
        let widths = columns.indices.map { c in
            max(columns[c].count, cells.map { $0[c].count }.max() ?? 0)
        }
        func pad(_ s: String, _ width: Int, left: Bool) -> String {
            let fill = String(repeating: " ", count: max(width - s.count, 0))
            return left ? s + fill : fill + s
        }
        var lines = [
            ([pad("", indexWidth, left: true)] + columns.indices.map { pad(columns[$0], widths[$0], left: false) })
                .joined(separator: " ")
        ]
        for (r, row) in cells.enumerated() {
            lines.append(
                ([pad(index[r], indexWidth, left: true)] + row.indices.map { pad(row[$0], widths[$0], left: false) })
                    .joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }
}

extension DataFrame: CustomStringConvertible {
    /// The frame as pandas-style text (``FrameTable/text`` of ``table(maxRows:)``), followed by
    /// `[rows x columns]` when rows were left out, as pandas prints.
    public var description: String {
        let t = table()
        return t.isTruncated ? t.text + "\n\n[\(rowCount) rows x \(columns.count) columns]" : t.text
    }
}
