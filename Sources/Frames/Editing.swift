/// Column-level edits and missing values: pandas `drop(columns=)`, `rename(columns=)`,
/// `dropna`, `fillna`, `explode`.
extension DataFrame {
    /// This frame without the named columns (pandas `drop(columns=names)`).
    /// - Throws: ``FrameError/columnNotFound(_:available:)`` for a name the frame lacks.
    public func dropping(columns names: [String]) throws -> DataFrame {
        for name in names where columnIndex(name) == nil { throw FrameError.columnNotFound(name, available: columnNames) }
        return DataFrame(checked: columns.filter { !names.contains($0.name) }, rowCount: rowCount)
    }

    /// This frame with columns renamed by `mapping` (old name → new name); names not in the frame
    /// are ignored, as pandas does by default (pandas `rename(columns=mapping)`).
    /// - Throws: ``FrameError/duplicateColumnName(_:)`` when two columns end up with one name.
    public func renaming(columns mapping: [String: String]) throws -> DataFrame {
        try DataFrame(columns.map { mapping[$0.name].map($0.renamed) ?? $0 })
    }

    /// The rows with no missing value in `subset` (all columns when nil), pandas
    /// `dropna(subset=…)` with `how='any'`.
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func droppingMissing(subset: [String]? = nil) throws -> DataFrame {
        let checked = try (subset ?? columnNames).map { try column($0) }
        return takingRows((0..<rowCount).filter { row in checked.allSatisfy { $0.isPresent(row) } })
    }

    /// Each rows' list in `lists` becomes one row per element, the other columns repeated (pandas
    /// `df.assign(column=lists).explode(column)`): an empty list or a missing one gives one row
    /// with a missing value. `column` becomes a String column in its old position (or at the end).
    /// - Throws: ``FrameError/lengthMismatch(column:expected:found:)``.
    public func exploding(_ column: String, lists: [[String]?]) throws -> DataFrame {
        guard lists.count == rowCount else { throw FrameError.lengthMismatch(column: column, expected: rowCount, found: lists.count) }
        var rows: [Int] = []
        var values: [String?] = []
        for (row, list) in lists.enumerated() {
            if let list, !list.isEmpty {
                for item in list {
                    rows.append(row)
                    values.append(item)
                }
            } else {
                rows.append(row)
                values.append(nil)
            }
        }
        let exploded = Column(name: column, strings: values)
        var result = columns.map { $0.name == column ? exploded : $0.taking(rows) }
        if columnIndex(column) == nil { result.append(exploded) }
        return DataFrame(checked: result, rowCount: rows.count)
    }
}

extension Column {
    /// Missing values replaced by `value` (pandas `Series.fillna(value)`): an Int column filled
    /// with a Double becomes Double, as pandas upcasts.
    /// - Throws: ``FrameError/valueMismatch(column:type:value:)`` for a String into a numeric column or a number into a String one.
    public func filling(with value: CellValue) throws -> Column {
        if (type == .string) != (value.doubleValue == nil) {
            throw FrameError.valueMismatch(column: name, type: type, value: value)
        }
        let target: ColumnType
        switch (type, value) {
        case (.int, .double): target = .double
        default: target = type
        }
        return Column.of(target, name: name, (0..<count).map { self[$0] ?? value })
    }
}
