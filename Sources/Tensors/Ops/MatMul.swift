/// Matrix products (PyTorch `matmul` for ranks 1 and 2), through BLAS sgemm.
extension Tensor {
    /// The matrix product. Shapes: (M,K)·(K,N) → (M,N); (K)·(K,N) → (N); (M,K)·(K) → (M);
    /// (K)·(K) → a scalar (dot product).
    /// Backward of C = A·B: dA = g·Bᵀ, dB = Aᵀ·g.
    /// - Throws: `TensorError.shapeMismatch` when the inner sizes differ,
    ///   `.rankMismatch` for ranks other than 1 and 2.
    public func matmul(_ other: Tensor) throws -> Tensor {
        guard (1...2).contains(rank) else { throw TensorError.rankMismatch(op: "matmul", expected: "1 or 2", got: rank) }
        guard (1...2).contains(other.rank) else {
            throw TensorError.rankMismatch(op: "matmul", expected: "1 or 2", got: other.rank)
        }
        let a2 = rank == 1 ? try reshape([1, count]) : self
        let b2 = other.rank == 1 ? try other.reshape([other.count, 1]) : other
        guard a2.shape[1] == b2.shape[0] else { throw TensorError.shapeMismatch(op: "matmul", shape, other.shape) }
        try MemoryBudget.reserve(a2.shape[0] * b2.shape[1], op: "matmul", shape: Shape(validated: [a2.shape[0], b2.shape[1]]))
        let product = a2.matmul2D(b2)
        var dims: [Int] = []
        if rank == 2 { dims.append(shape[0]) }
        if other.rank == 2 { dims.append(other.shape[1]) }
        return try product.reshape(dims)
    }

    /// (M,K)·(K,N) with shapes already checked.
    private func matmul2D(_ b: Tensor) -> Tensor {
        let (m, k, n) = (shape[0], shape[1], b.shape[1])
        let out = BLAS.sgemm(m: m, n: n, k: k, storage, b.storage)
        return Tensor.record("matmul", shape: Shape(validated: [m, n]), storage: out, inputs: [self, b]) { [self, b] g, needs in
            // forward: C = A·B  →  dA = g·Bᵀ (M,N)(N,K), dB = Aᵀ·g (K,M)(M,N)
            let da = needs[0] ? Tensor(shape: self.shape, storage: BLAS.sgemm(transB: true, m: m, n: k, k: n, g.storage, b.storage)) : nil
            let db = needs[1] ? Tensor(shape: b.shape, storage: BLAS.sgemm(transA: true, m: k, n: n, k: m, self.storage, g.storage)) : nil
            return [da.map { .dense($0) }, db.map { .dense($0) }]
        }
    }
}

extension Tensor {
    /// self · otherᵀ for self (M, K) and other (N, K) → (M, N), without materialising the
    /// transpose (PyTorch `F.linear` without bias; a rank-1 self (K) gives (N)).
    /// Backward of C = A·Bᵀ: dA = g·B, dB = gᵀ·A.
    /// - Throws: `TensorError.shapeMismatch` when the K sizes differ, `.rankMismatch` otherwise.
    public func matmul(transposed other: Tensor) throws -> Tensor {
        guard (1...2).contains(rank) else { throw TensorError.rankMismatch(op: "matmul", expected: "1 or 2", got: rank) }
        guard other.rank == 2 else { throw TensorError.rankMismatch(op: "matmul", expected: "2", got: other.rank) }
        let a = rank == 1 ? try reshape([1, count]) : self
        guard a.shape[1] == other.shape[1] else {
            throw TensorError.shapeMismatch(op: "matmul", shape, Shape(validated: [other.shape[1], other.shape[0]]))
        }
        let (m, k, n) = (a.shape[0], a.shape[1], other.shape[0])
        let out = BLAS.sgemm(transB: true, m: m, n: n, k: k, a.storage, other.storage)
        let product = Tensor.record("matmul", shape: Shape(validated: [m, n]), storage: out, inputs: [a, other]) { [a, other] g, needs in
            // forward: C = A·Bᵀ  →  dA = g·B (M,N)(N,K), dB = gᵀ·A (N,M)(M,K)
            let da = needs[0] ? Tensor(shape: a.shape, storage: BLAS.sgemm(m: m, n: k, k: n, g.storage, other.storage)) : nil
            let db = needs[1] ? Tensor(shape: other.shape, storage: BLAS.sgemm(transA: true, m: n, n: k, k: m, g.storage, a.storage)) : nil
            return [da.map { .dense($0) }, db.map { .dense($0) }]
        }
        return rank == 1 ? try product.reshape([n]) : product
    }
}
