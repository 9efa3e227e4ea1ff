/// Sums and means over all elements or one dimension (PyTorch `sum`, `mean`, with `keepdim`).
extension Tensor {
    /// The sum of all elements, a rank-0 tensor. Backward: every element gets g.
    public func sum() -> Tensor {
        var s: Float = 0
        storage.withUnsafeBufferPointer { for v in $0 { s += v } }
        let inShape = shape
        return Tensor.record("sum", shape: .scalar, storage: [s], inputs: [self]) { g, _ in
            [.dense(Tensor(shape: inShape, storage: [Float](repeating: g.storage[0], count: inShape.count)))]
        }
    }

    /// The mean of all elements, a rank-0 tensor (nan for an empty tensor, as PyTorch).
    public func mean() -> Tensor { sum() * (1 / Float(count)) }

    /// Sums over dimension `dim` (negative counts from the end). With `keepdim` the dimension
    /// stays with size 1. Backward: the gradient is broadcast back along `dim`.
    /// - Throws: `TensorError.dimensionOutOfRange`.
    public func sum(dim: Int, keepdim: Bool = false) throws -> Tensor {
        let d = try shape.normalizedDim(dim, op: "sum")
        let (outer, n, inner) = shape.split(at: d)
        var out = [Float](repeating: 0, count: outer * inner)
        storage.withUnsafeBufferPointer { src in
            for o in 0..<outer {
                for k in 0..<n {
                    let base = (o * n + k) * inner
                    for i in 0..<inner { out[o * inner + i] += src[base + i] }
                }
            }
        }
        var keptDims = shape.dims
        keptDims[d] = 1
        let kept = Shape(validated: keptDims)
        var outDims = shape.dims
        if keepdim { outDims[d] = 1 } else { outDims.remove(at: d) }
        let inShape = shape
        // forward: out[o, i] = Σ_k x[o, k, i]  →  dx[o, k, i] = g[o, i]
        return Tensor.record("sum", shape: Shape(validated: outDims), storage: out, inputs: [self]) { g, _ in
            [.dense(Tensor(shape: inShape, storage: Broadcast.expand(g.storage, from: kept, to: inShape)))]
        }
    }

    /// The mean over dimension `dim` (see `sum(dim:keepdim:)`).
    /// - Throws: `TensorError.dimensionOutOfRange`.
    public func mean(dim: Int, keepdim: Bool = false) throws -> Tensor {
        let d = try shape.normalizedDim(dim, op: "mean")
        return try sum(dim: d, keepdim: keepdim) * (1 / Float(shape[d]))
    }
}

extension Shape {
    /// (product of sizes before `d`, size of `d`, product of sizes after `d`).
    func split(at d: Int) -> (outer: Int, n: Int, inner: Int) {
        let outer = dims[..<d].reduce(1, *)
        let inner = dims[(d + 1)...].reduce(1, *)
        return (outer, dims[d], inner)
    }
}
