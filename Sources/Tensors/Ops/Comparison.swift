/// Comparisons giving 0/1 masks, argmax, argsort. None of these is differentiable: results
/// never require gradients.
extension Tensor {
    /// The comparison operators, each giving 1 where it holds and 0 elsewhere.
    public enum Comparison: Sendable {
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

        func holds(_ a: Float, _ b: Float) -> Bool {
            switch self {
            case .equal: return a == b
            case .notEqual: return a != b
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .greater: return a > b
            case .greaterOrEqual: return a >= b
            }
        }
    }

    /// A 0/1 mask of `self <op> other`, broadcasting (PyTorch `x < y` then `.float()`).
    /// - Throws: `TensorError.shapeMismatch` ("compare").
    public func compare(_ comparison: Comparison, _ other: Tensor) throws -> Tensor {
        let (shape, out) = try Broadcast.apply(self, other, op: "compare") { comparison.holds($0, $1) ? 1 : 0 }
        return Tensor(shape: shape, storage: out)
    }

    /// A 0/1 mask of `self <op> value`.
    public func compare(_ comparison: Comparison, _ value: Float) -> Tensor {
        Tensor(shape: shape, storage: storage.map { comparison.holds($0, value) ? 1 : 0 })
    }

    /// The flat (row-major) index of the largest element; the first one on ties; nan counts as
    /// largest (as PyTorch).
    /// - Throws: `TensorError.invalidArgument` for an empty tensor.
    public func argmax() throws -> Int {
        guard count > 0 else { throw TensorError.invalidArgument(op: "argmax", reason: "a non-empty tensor") }
        var best = 0
        for i in 1..<count where Tensor.isGreater(storage[i], storage[best]) { best = i }
        return best
    }

    private static func isGreater(_ a: Float, _ b: Float) -> Bool {
        if b.isNaN { return false }
        if a.isNaN { return true }
        return a > b
    }

    /// Indices of the largest values along `dim` (PyTorch `argmax(dim, keepdim)`).
    /// - Throws: `TensorError.dimensionOutOfRange`, `.invalidArgument` when that dimension is empty.
    public func argmax(dim: Int, keepdim: Bool = false) throws -> IndexTensor {
        let d = try shape.normalizedDim(dim, op: "argmax")
        let (outer, n, inner) = shape.split(at: d)
        guard n > 0 else { throw TensorError.invalidArgument(op: "argmax", reason: "a non-empty dimension \(dim)") }
        var out = [Int](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = 0
                for k in 1..<n where Tensor.isGreater(storage[(o * n + k) * inner + i], storage[(o * n + best) * inner + i]) {
                    best = k
                }
                out[o * inner + i] = best
            }
        }
        var dims = shape.dims
        if keepdim { dims[d] = 1 } else { dims.remove(at: d) }
        return IndexTensor(validated: out, shape: Shape(validated: dims))
    }

    /// The indices that sort each slice along `dim` (PyTorch `argsort(dim, descending, stable=True)`):
    /// stable, nan sorted last ascending (first descending), same shape as the tensor.
    /// - Throws: `TensorError.dimensionOutOfRange`.
    public func argsort(dim: Int = -1, descending: Bool = false) throws -> IndexTensor {
        guard rank > 0 else { return IndexTensor(validated: [0], shape: .scalar) }
        let d = try shape.normalizedDim(dim, op: "argsort")
        let (outer, n, inner) = shape.split(at: d)
        var out = [Int](repeating: 0, count: count)
        for o in 0..<outer {
            for i in 0..<inner {
                let keys = (0..<n).map { storage[(o * n + $0) * inner + i] }
                // Stable: ties keep index order. NaN is the largest value, as PyTorch sorts it.
                let order = (0..<n).sorted { a, b in
                    let (x, y) = (keys[a], keys[b])
                    if x.isNaN || y.isNaN {
                        if x.isNaN && y.isNaN { return a < b }
                        return descending ? x.isNaN : y.isNaN
                    }
                    if x == y { return a < b }
                    return descending ? x > y : x < y
                }
                for (k, idx) in order.enumerated() { out[(o * n + k) * inner + i] = idx }
            }
        }
        return IndexTensor(validated: out, shape: shape)
    }
}
