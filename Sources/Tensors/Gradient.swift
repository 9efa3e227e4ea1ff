/// The gradient of a tensor: dense, or row-sparse (only some rows of a 2-D table, as produced by
/// an embedding lookup's backward). Row-sparse gradients are densified only when needed: by
/// `Tensor.grad`, by dense optimizers, or when a dense gradient is added to them.
public enum Gradient: Sendable {
    /// Dense values, row-major, one per element of the tensor.
    case dense([Float])
    /// Rows of a (rows × width) table; rows may repeat (their values add up).
    case rowSparse(RowSparseGradient)

    /// The gradient as dense row-major values of `count` elements.
    public func denseValues(count: Int) -> [Float] {
        switch self {
        case .dense(let v): return v
        case .rowSparse(let s):
            var out = [Float](repeating: 0, count: count)
            s.scatterAdd(into: &out)
            return out
        }
    }

    /// `self + other`, keeping row-sparse form when both are row-sparse.
    func adding(_ other: Gradient, count: Int) -> Gradient {
        switch (self, other) {
        case let (.rowSparse(a), .rowSparse(b)):
            return .rowSparse(a.appending(b))
        case let (.dense(a), .dense(b)):
            var out = a
            for i in 0..<out.count { out[i] += b[i] }
            return .dense(out)
        case let (.dense(d), .rowSparse(s)), let (.rowSparse(s), .dense(d)):
            var out = d
            s.scatterAdd(into: &out)
            return .dense(out)
        }
    }
}

/// A row-sparse gradient of a (rows × width) table: `values` holds `rows.count` rows of `width`
/// floats; row r of `values` adds to table row `rows[r]` (rows may repeat and then add up).
public struct RowSparseGradient: Sendable, Equatable {
    /// Table rows touched, in batch order, possibly repeated. Each is in range (checked by the op).
    public internal(set) var rows: [Int64]
    /// `rows.count × width` values, row-major.
    public internal(set) var values: [Float]
    /// Width of one row.
    public let width: Int

    init(rows: [Int64], values: [Float], width: Int) {
        precondition(values.count == rows.count * width, "engine bug: row-sparse values")
        self.rows = rows
        self.values = values
        self.width = width
    }

    func appending(_ other: RowSparseGradient) -> RowSparseGradient {
        RowSparseGradient(rows: rows + other.rows, values: values + other.values, width: width)
    }

    /// Adds every row into a dense row-major table of `width` columns (C kernel).
    public func scatterAdd(into dense: inout [Float]) {
        Kernels.scatterAddRows(into: &dense, rows: rows, values: values, width: width)
    }
}
