/// Row lookups (embedding gather), row indexing and slicing, element access.
extension Tensor {
    /// Rows of this tensor picked by `indices` (PyTorch `weight[indices]` / `F.embedding`):
    /// the result has shape `indices.shape + shape[1...]`.
    /// Backward: for a rank-2 table, a row-sparse gradient (the rows touched and the gradient
    /// rows, densified only where needed); otherwise a dense scatter-add.
    /// - Throws: `TensorError.indexOutOfRange` (the index and the number of rows),
    ///   `.rankMismatch` for a scalar table, `.invalidShape` when the result would exceed rank 4.
    public func gatherRows(_ indices: IndexTensor) throws -> Tensor {
        guard rank >= 1 else { throw TensorError.rankMismatch(op: "gatherRows", expected: "at least 1", got: 0) }
        let rows = shape[0]
        try indices.checkRange(rows, op: "gatherRows")
        let outShape = try Shape(indices.shape.dims + shape.dims.dropFirst())
        let width = rows == 0 ? 0 : count / rows
        var out = [Float](repeating: 0, count: indices.count * width)
        storage.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for (r, idx) in indices.values.enumerated() {
                    for f in 0..<width { dst[r * width + f] = src[idx * width + f] }
                }
            }
        }
        let tableShape = shape
        let idx = indices.values
        return Tensor.record("gatherRows", shape: outShape, storage: out, inputs: [self]) { g, _ in
            // forward: out[r, f] = table[idx[r], f]  →  dtable[idx[r], f] += g[r, f]
            let sparse = RowSparseGradient(rows: idx.map { Int64($0) }, values: g.storage, width: width)
            if tableShape.rank == 2 { return [.rowSparse(sparse)] }
            var dense = [Float](repeating: 0, count: tableShape.count)
            sparse.scatterAdd(into: &dense)
            return [.dense(Tensor(shape: tableShape, storage: dense))]
        }
    }

    /// Row `i` along the first dimension (`x[i]` in PyTorch), one rank lower.
    /// Backward: the gradient goes to row `i`, zeros elsewhere.
    /// - Throws: `TensorError.indexOutOfRange` unless 0 ≤ i < shape[0]; `.rankMismatch` for a scalar.
    public func row(_ i: Int) throws -> Tensor {
        guard rank >= 1 else { throw TensorError.rankMismatch(op: "row", expected: "at least 1", got: 0) }
        guard i >= 0, i < shape[0] else { throw TensorError.indexOutOfRange(op: "row", index: i, size: shape[0]) }
        return try rows(i..<(i + 1)).reshape(Array(shape.dims.dropFirst()))
    }

    /// Rows `range` along the first dimension (`x[a:b]`), same rank.
    /// Backward: the gradient goes to those rows, zeros elsewhere.
    /// - Throws: `TensorError.indexOutOfRange` when the range leaves 0...shape[0];
    ///   `.rankMismatch` for a scalar.
    public func rows(_ range: Range<Int>) throws -> Tensor {
        guard rank >= 1 else { throw TensorError.rankMismatch(op: "rows", expected: "at least 1", got: 0) }
        let n = shape[0]
        guard range.lowerBound >= 0, range.lowerBound <= n else {
            throw TensorError.indexOutOfRange(op: "rows", index: range.lowerBound, size: n)
        }
        guard range.upperBound <= n else { throw TensorError.indexOutOfRange(op: "rows", index: range.upperBound - 1, size: n) }
        let width = n == 0 ? 0 : count / n
        var dims = shape.dims
        dims[0] = range.count
        let inShape = shape
        let start = range.lowerBound * width
        let out = Array(storage[start..<(range.upperBound * width)])
        return Tensor.record("rows", shape: Shape(validated: dims), storage: out, inputs: [self]) { g, _ in
            // forward: out[k] = x[a + k]  →  dx[a + k] = g[k]
            var dx = [Float](repeating: 0, count: inShape.count)
            for (k, v) in g.storage.enumerated() { dx[start + k] = v }
            return [.dense(Tensor(shape: inShape, storage: dx))]
        }
    }

    /// The element at `indices` (one per dimension) as a Double (PyTorch `x[i, j].item()`).
    /// - Throws: `TensorError.rankMismatch` when the number of indices differs from the rank,
    ///   `.indexOutOfRange` for an index outside its dimension.
    public func value(at indices: [Int]) throws -> Double {
        guard indices.count == rank else {
            throw TensorError.rankMismatch(op: "value(at:)", expected: "\(indices.count) (one index per dimension)", got: rank)
        }
        var offset = 0
        let strides = shape.strides
        for (d, i) in indices.enumerated() {
            guard i >= 0, i < shape[d] else { throw TensorError.indexOutOfRange(op: "value(at:)", index: i, size: shape[d]) }
            offset += i * strides[d]
        }
        return Double(storage[offset])
    }

    /// The single value of a one-element tensor as a Double (PyTorch `item()`).
    /// - Throws: `TensorError.invalidArgument` when the tensor has other than one element.
    public func item() throws -> Double {
        guard count == 1 else {
            throw TensorError.invalidArgument(op: "item", reason: "a tensor with one element, got shape \(shape)")
        }
        return Double(storage[0])
    }
}
