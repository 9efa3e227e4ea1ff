/// Whole-column reductions, copying pandas `Series.unique`, `nunique`, `min`, `max` and `count`.
extension Column {
    /// Distinct values in order of first appearance (pandas `Series.unique`, not sorted).
    /// A missing value, if any, appears once, at its first position (pandas keeps NaN in `unique`).
    /// Doubles compare by value, so `0.0` and `-0.0` are one value.
    public func unique() -> Column {
        var rows: [Int] = []
        var sawMissing = false
        switch values {
        case .int(let v):
            var seen = Set<Int>()
            for i in 0..<v.count {
                if !isPresent(i) { if !sawMissing { sawMissing = true; rows.append(i) }; continue }
                if seen.insert(v[i]).inserted { rows.append(i) }
            }
        case .double(let v):
            var seen = Set<Double>()  // Double's hashing treats 0.0 and -0.0 as equal.
            for i in 0..<v.count {
                if !isPresent(i) { if !sawMissing { sawMissing = true; rows.append(i) }; continue }
                if seen.insert(v[i]).inserted { rows.append(i) }
            }
        case .string(let v):
            var seen = Set<String>()
            for i in 0..<v.count {
                if !isPresent(i) { if !sawMissing { sawMissing = true; rows.append(i) }; continue }
                if seen.insert(v[i]).inserted { rows.append(i) }
            }
        }
        return taking(rows)
    }

    /// Number of distinct present values (pandas `Series.nunique()`, `dropna=True`).
    public func nunique() -> Int {
        let distinct = unique()
        return distinct.count - distinct.missingCount
    }

    /// Number of present (non-missing) values (pandas `Series.count`).
    public func nonMissingCount() -> Int { count - missingCount }

    /// Smallest present value (pandas `Series.min`, `skipna=True`); nil when every value is missing.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` for a String column.
    public func min() throws -> CellValue? { try extreme(isBetter: <) }

    /// Largest present value (pandas `Series.max`, `skipna=True`); nil when every value is missing.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` for a String column.
    public func max() throws -> CellValue? { try extreme(isBetter: >) }

    private func extreme(isBetter: (Double, Double) -> Bool) throws -> CellValue? {
        switch values {
        case .int(let v):
            var best: Int?
            for i in 0..<v.count where isPresent(i) {
                if let b = best { if isBetter(Double(v[i]), Double(b)) { best = v[i] } } else { best = v[i] }
            }
            return best.map(CellValue.int)
        case .double(let v):
            var best: Double?
            for i in 0..<v.count where isPresent(i) {
                if let b = best { if isBetter(v[i], b) { best = v[i] } } else { best = v[i] }
            }
            return best.map(CellValue.double)
        case .string:
            throw FrameError.wrongType(column: name, expected: "a numeric", found: .string)
        }
    }
}

extension DataFrame {
    /// Distinct values of `column` in order of first appearance (pandas `df[column].unique()`).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func unique(_ column: String) throws -> Column { try self.column(column).unique() }

    /// Number of distinct present values of `column` (pandas `df[column].nunique()`).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func nunique(_ column: String) throws -> Int { try self.column(column).nunique() }

    /// Smallest present value of a numeric column (pandas `df[column].min()`), nil if all missing.
    /// - Throws: ``FrameError/columnNotFound(_:available:)``, ``FrameError/wrongType(column:expected:found:)``.
    public func min(_ column: String) throws -> CellValue? { try self.column(column).min() }

    /// Largest present value of a numeric column (pandas `df[column].max()`), nil if all missing.
    /// - Throws: ``FrameError/columnNotFound(_:available:)``, ``FrameError/wrongType(column:expected:found:)``.
    public func max(_ column: String) throws -> CellValue? { try self.column(column).max() }

    /// Number of present values in `column` (pandas `df[column].count()`).
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func count(_ column: String) throws -> Int { try self.column(column).nonMissingCount() }
}
