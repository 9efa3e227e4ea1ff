/// Reductions of one column to one value, shared by whole columns and group-by (pandas'
/// `Series.sum`, `mean`, `median`, `std`, `var`, `min`, `max`, `count`, `nunique`, `first`,
/// `last`, `size`), plus `quantile`, `idxmax`, `idxmin` and `describe`. Missing values are
/// skipped (`skipna=True`); `std` and `var` divide by n - 1 (`ddof=1`).
public enum Aggregation: String, Sendable, CaseIterable {
    case sum, mean, median, std, `var`, min, max, count, size, nunique, first, last

    /// The element type of the result for a column of type `type` (pandas' result dtype,
    /// except that an Int result with missing values stays Int).
    public func resultType(for type: ColumnType) -> ColumnType {
        switch self {
        case .count, .size, .nunique: return .int
        case .mean, .median, .std, .var: return .double
        case .sum, .min, .max, .first, .last: return type
        }
    }
}

extension Column {
    /// The present values as Doubles.
    func presentDoubles() throws -> [Double] {
        try doubles().filter { !$0.isNaN }
    }

    /// The values as Doubles with missing ones 0 (pandas' `skipna` sums fill them so).
    func filledDoubles() throws -> [Double] {
        try doubles().map { $0.isNaN ? 0 : $0 }
    }

    /// The column reduced by `aggregation`; nil for a missing result (mean of nothing, std of
    /// one value, min of nothing). `sum` of nothing is 0, as in pandas.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` for numeric reductions of strings.
    public func aggregate(_ aggregation: Aggregation) throws -> CellValue? {
        switch aggregation {
        case .count: return .int(nonMissingCount())
        case .size: return .int(count)
        case .nunique: return .int(nunique())
        case .first: return (0..<count).lazy.compactMap { self[$0] }.first
        case .last: return (0..<count).reversed().lazy.compactMap { self[$0] }.first
        case .min, .max:
            if type == .string {
                let present = (0..<count).compactMap { self[$0] }
                return aggregation == .max ? present.max(by: CellValue.ascending) : present.min(by: CellValue.ascending)
            }
            return aggregation == .max ? try max() : try min()
        case .sum:
            switch values {
            case .int(let v):
                var s = 0
                for i in 0..<v.count where isPresent(i) { s &+= v[i] }
                return .int(s)
            case .string(let v):
                return .string((0..<v.count).filter(isPresent).map { v[$0] }.joined())
            case .double:
                return .double(Self.sum(try filledDoubles()))
            }
        case .mean:
            let n = nonMissingCount()
            return n == 0 ? nil : .double(Self.sum(try filledDoubles()) / Double(n))
        case .median:
            return try quantile(0.5).map(CellValue.double)
        case .std, .var:
            // pandas nanvar: missing values count as 0 in both sums, so they round alike.
            let xs = try filledDoubles()
            let n = nonMissingCount()
            guard n >= 2 else { return nil }
            let mean = Self.sum(xs) / Double(n)
            let squares = xs.indices.map { isPresent($0) ? (xs[$0] - mean) * (xs[$0] - mean) : 0 }
            let v = Self.sum(squares) / Double(n - 1)
            return .double(aggregation == .std ? v.squareRoot() : v)
        }
    }

    /// Pairwise summation, as numpy's `sum` (so long sums round as pandas' do).
    static func sum(_ xs: [Double]) -> Double {
        xs.withUnsafeBufferPointer { pairwise($0[...]) }
    }

    private static func pairwise(_ xs: Slice<UnsafeBufferPointer<Double>>) -> Double {
        if xs.count < 8 {
            var s = 0.0
            for x in xs { s += x }
            return s
        }
        if xs.count <= 128 {
            // numpy's unrolled loop: eight partial sums, combined pairwise.
            var r = [Double](repeating: 0, count: 8)
            let start = xs.startIndex
            let blocks = xs.count - xs.count % 8
            for i in 0..<8 { r[i] = xs[start + i] }
            var i = 8
            while i < blocks {
                for k in 0..<8 { r[k] += xs[start + i + k] }
                i += 8
            }
            var s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < xs.count {
                s += xs[start + i]
                i += 1
            }
            return s
        }
        var half = xs.count / 2
        half -= half % 8
        let mid = xs.startIndex + half
        return pairwise(xs[xs.startIndex..<mid]) + pairwise(xs[mid..<xs.endIndex])
    }

    /// The `q` quantile of the present values, interpolating linearly between the two nearest
    /// ranks (pandas `Series.quantile(q)`, `interpolation='linear'`); nil when none is present.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` for a String column.
    public func quantile(_ q: Double) throws -> Double? {
        let xs = try presentDoubles().sorted()
        guard !xs.isEmpty else { return nil }
        let position = q * Double(xs.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(lower + 1, xs.count - 1)
        let fraction = position - Double(lower)
        return fraction == 0 ? xs[lower] : xs[lower] + (xs[upper] - xs[lower]) * fraction
    }

    /// The row of the first largest (or smallest) present value (pandas `idxmax` / `idxmin`),
    /// nil when every value is missing.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` for a String column.
    public func indexOfExtreme(largest: Bool) throws -> Int? {
        let xs = try doubles()
        var best: Int?
        for i in 0..<xs.count where isPresent(i) {
            if let b = best {
                if largest ? xs[i] > xs[b] : xs[i] < xs[b] { best = i }
            } else {
                best = i
            }
        }
        return best
    }

    /// Summary statistics of a numeric column (pandas `Series.describe()`): a frame with a String
    /// column `statistic` (count, mean, std, min, 25%, 50%, 75%, max) and a Double column named
    /// after this column.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` for a String column.
    public func describe() throws -> DataFrame {
        let stats: [Double?] = [
            Double(nonMissingCount()), try aggregate(.mean)?.doubleValue, try aggregate(.std)?.doubleValue,
            try aggregate(.min)?.doubleValue, try quantile(0.25), try quantile(0.5), try quantile(0.75),
            try aggregate(.max)?.doubleValue,
        ]
        return try DataFrame([
            Column(name: "statistic", strings: ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]),
            Column(name: name, doubles: stats),
        ])
    }

    /// A column of `type` from reduced values (nil = missing).
    static func of(_ type: ColumnType, name: String, _ values: [CellValue?]) -> Column {
        switch type {
        case .int:
            return Column(name: name, ints: values.map { if case .int(let i)? = $0 { return i } else { return nil } })
        case .double: return Column(name: name, doubles: values.map { $0?.doubleValue })
        case .string:
            return Column(name: name, strings: values.map { if case .string(let s)? = $0 { return s } else { return nil } })
        }
    }
}

extension DataFrame {
    /// `describe()` of every numeric column (pandas `DataFrame.describe()`): the `statistic`
    /// column, then one Double column per numeric column.
    public func describe() throws -> DataFrame {
        var result: [Column] = []
        for column in columns where column.type.isNumeric {
            let d = try column.describe()
            if result.isEmpty { result.append(d.columns[0]) }
            result.append(d.columns[1])
        }
        return try DataFrame(result)
    }
}
