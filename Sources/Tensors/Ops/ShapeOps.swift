/// Ops that rearrange values: reshape, squeeze/unsqueeze, 2-D transpose, concat.
extension Tensor {
    /// The same values with a new shape of equal element count; one size may be -1 (inferred).
    /// Backward: the gradient is reshaped back.
    /// - Throws: `TensorError.invalidShape` when the count differs or the shape is invalid.
    public func reshape(_ dims: [Int]) throws -> Tensor {
        var resolved = dims
        let unknown = dims.indices.filter { dims[$0] == -1 }
        if unknown.count > 1 { throw TensorError.invalidShape(dims, reason: "at most one -1") }
        if let u = unknown.first {
            let known = dims.enumerated().filter { $0.offset != u }.map(\.element)
            guard known.allSatisfy({ $0 > 0 }) else {
                throw TensorError.invalidShape(dims, reason: "positive sizes beside -1")
            }
            let p = known.reduce(1, *)
            guard count % p == 0 else {
                throw TensorError.invalidShape(dims, reason: "a shape holding \(count) elements")
            }
            resolved[u] = count / p
        }
        let newShape = try Shape(resolved)
        guard newShape.count == count else {
            throw TensorError.invalidShape(dims, reason: "a shape holding \(count) elements (from \(shape))")
        }
        let inShape = shape
        return Tensor.record("reshape", shape: newShape, storage: storage, inputs: [self]) { g, _ in
            [.dense(Tensor(shape: inShape, storage: g.storage))]
        }
    }

    /// Removes dimension `dim` when its size is 1 (otherwise returns the same shape, as
    /// PyTorch); with no `dim`, removes every size-1 dimension.
    /// - Throws: `TensorError.dimensionOutOfRange`.
    public func squeeze(dim: Int? = nil) throws -> Tensor {
        var dims = shape.dims
        if let dim {
            let d = try shape.normalizedDim(dim, op: "squeeze")
            if dims[d] == 1 { dims.remove(at: d) }
        } else {
            dims.removeAll { $0 == 1 }
        }
        return try reshape(dims)
    }

    /// Inserts a dimension of size 1 at `dim` (0...rank; negative counts from the end).
    /// - Throws: `TensorError.dimensionOutOfRange`, `.invalidShape` above rank 4.
    public func unsqueeze(dim: Int) throws -> Tensor {
        let d = try shape.normalizedDim(dim, op: "unsqueeze", allowingEnd: true)
        var dims = shape.dims
        dims.insert(1, at: d)
        return try reshape(dims)
    }

    /// The transpose of a rank-2 tensor (PyTorch `t()`). Backward: dx = gᵀ.
    /// - Throws: `TensorError.rankMismatch` unless rank is 2.
    public func transposed() throws -> Tensor {
        guard rank == 2 else { throw TensorError.rankMismatch(op: "transpose", expected: "2", got: rank) }
        let (r, c) = (shape[0], shape[1])
        return Tensor.record(
            "transpose", shape: Shape(validated: [c, r]), storage: Tensor.transpose(storage, rows: r, cols: c),
            inputs: [self]
        ) { g, _ in
            [.dense(Tensor(shape: Shape(validated: [r, c]), storage: Tensor.transpose(g.storage, rows: c, cols: r)))]
        }
    }

    static func transpose(_ v: [Float], rows: Int, cols: Int) -> [Float] {
        var out = [Float](repeating: 0, count: v.count)
        for i in 0..<rows { for j in 0..<cols { out[j * rows + i] = v[i * cols + j] } }
        return out
    }

    /// Joins tensors along `dim` (PyTorch `torch.cat`); all other sizes must match.
    /// Backward: each input gets its slice of the gradient.
    /// - Throws: `TensorError.invalidArgument` for an empty list, `.shapeMismatch` ("concat"),
    ///   `.dimensionOutOfRange`.
    public static func concat(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument(op: "concat", reason: "at least one tensor")
        }
        let d = try first.shape.normalizedDim(dim, op: "concat")
        for t in tensors.dropFirst() {
            var a = first.shape.dims, b = t.shape.dims
            guard a.count == b.count else { throw TensorError.shapeMismatch(op: "concat", first.shape, t.shape) }
            a[d] = 0; b[d] = 0
            guard a == b else { throw TensorError.shapeMismatch(op: "concat", first.shape, t.shape) }
        }
        let (outer, _, inner) = first.shape.split(at: d)
        let sizes = tensors.map { $0.shape[d] }
        let total = sizes.reduce(0, +)
        var out = [Float]()
        out.reserveCapacity(outer * total * inner)
        for o in 0..<outer {
            for (t, n) in zip(tensors, sizes) {
                out.append(contentsOf: t.storage[(o * n * inner)..<((o + 1) * n * inner)])
            }
        }
        var dims = first.shape.dims
        dims[d] = total
        let shapes = tensors.map(\.shape)
        return Tensor.record("concat", shape: Shape(validated: dims), storage: out, inputs: tensors) { g, needs in
            // forward: out[o, offset_t + k, i] = t[o, k, i]  →  dt[o, k, i] = g[o, offset_t + k, i]
            var grads: [InputGradient?] = []
            var offset = 0
            for (idx, n) in sizes.enumerated() {
                defer { offset += n }
                guard needs[idx] else { grads.append(nil); continue }
                var part = [Float]()
                part.reserveCapacity(outer * n * inner)
                for o in 0..<outer {
                    let start = (o * total + offset) * inner
                    part.append(contentsOf: g.storage[start..<(start + n * inner)])
                }
                grads.append(.dense(Tensor(shape: shapes[idx], storage: part)))
            }
            return grads
        }
    }
}
