import CKernels

/// The fused embedding dot product of collaborative filtering (fastai `EmbeddingDotBias`
/// before its sigmoid), over the C kernels `ck_embedding_dot_forward/backward`.
/// Legend: B batch, F factors, U users, I items.
extension Tensor {
    /// out[b] = Σ_f userFactors[users[b], f] · itemFactors[items[b], f]
    ///          + userBias[users[b]] + itemBias[items[b]]                      → shape (B)
    ///
    /// userFactors (U, F), itemFactors (I, F); each bias (U) / (I) or (U, 1) / (I, 1), or nil.
    /// Equal to gathering both rows, multiplying, summing over F and adding the gathered biases,
    /// without materialising the (B, F) intermediates.
    /// Backward (row-sparse for rank-2 tables):
    ///   dUserFactors[users[b]] += g[b]·itemFactors[items[b]], dItemFactors[items[b]] += g[b]·userFactors[users[b]],
    ///   dUserBias[users[b]] += g[b], dItemBias[items[b]] += g[b].
    /// - Throws: `TensorError.rankMismatch`, `.shapeMismatch` ("embeddingDotBias") for tables or
    ///   index lists that do not fit, `.indexOutOfRange` (the index and the table's row count).
    public static func embeddingDotBias(
        userFactors: Tensor, itemFactors: Tensor, userBias: Tensor?, itemBias: Tensor?,
        users: IndexTensor, items: IndexTensor
    ) throws -> Tensor {
        let op = "embeddingDotBias"
        guard userFactors.rank == 2 else { throw TensorError.rankMismatch(op: op, expected: "2 (U, F)", got: userFactors.rank) }
        guard itemFactors.rank == 2 else { throw TensorError.rankMismatch(op: op, expected: "2 (I, F)", got: itemFactors.rank) }
        guard userFactors.shape[1] == itemFactors.shape[1] else {
            throw TensorError.shapeMismatch(op: op, userFactors.shape, itemFactors.shape)
        }
        guard users.shape.rank == 1, users.shape == items.shape else { throw TensorError.shapeMismatch(op: op, users.shape, items.shape) }
        let (nUsers, nItems, f, b) = (userFactors.shape[0], itemFactors.shape[0], userFactors.shape[1], users.count)
        for (bias, rows) in [(userBias, nUsers), (itemBias, nItems)] {
            guard let bias else { continue }
            guard bias.count == rows, bias.rank == 1 || (bias.rank == 2 && bias.shape[1] == 1) else {
                throw TensorError.shapeMismatch(op: op, bias.shape, Shape(validated: [rows, 1]))
            }
        }
        try users.checkRange(nUsers, op: op)
        try items.checkRange(nItems, op: op)
        let u64 = users.values.map { Int64($0) }, i64 = items.values.map { Int64($0) }

        var out = [Float](repeating: 0, count: b)
        userFactors.storage.withUnsafeBufferPointer { pu in
            itemFactors.storage.withUnsafeBufferPointer { pi in
                withBiasPointers(userBias, itemBias) { pub, pib in
                    ck_embedding_dot_forward(&out, pu.baseAddress, pi.baseAddress, pub, pib, u64, i64, b, f)
                }
            }
        }
        var inputs = [userFactors, itemFactors]
        if let userBias { inputs.append(userBias) }
        if let itemBias { inputs.append(itemBias) }
        return Tensor.record(op, shape: Shape(validated: [b]), storage: out, inputs: inputs) { g, needs in
            var du = [Float](repeating: 0, count: b * f), di = [Float](repeating: 0, count: b * f)
            if needs[0] || needs[1] {
                ck_embedding_dot_backward(&du, &di, g.storage, userFactors.storage, itemFactors.storage, u64, i64, b, f)
            }
            var grads: [InputGradient?] = [
                needs[0] ? .rowSparse(RowSparseGradient(rows: u64, values: du, width: f)) : nil,
                needs[1] ? .rowSparse(RowSparseGradient(rows: i64, values: di, width: f)) : nil,
            ]
            for (k, bias) in [userBias, itemBias].enumerated() {
                guard let bias else { continue }
                let idx = grads.count
                guard needs[idx] else { grads.append(nil); continue }
                let sparse = RowSparseGradient(rows: k == 0 ? u64 : i64, values: g.storage, width: 1)
                if bias.rank == 2 {
                    grads.append(.rowSparse(sparse))
                } else {
                    var dense = [Float](repeating: 0, count: bias.count)
                    sparse.scatterAdd(into: &dense)
                    grads.append(.dense(Tensor(shape: bias.shape, storage: dense)))
                }
            }
            return grads
        }
    }

    private static func withBiasPointers<R>(
        _ a: Tensor?, _ b: Tensor?,
        _ body: (UnsafePointer<Float>?, UnsafePointer<Float>?) -> R
    ) -> R {
        func with(_ t: Tensor?, _ inner: (UnsafePointer<Float>?) -> R) -> R {
            guard let t else { return inner(nil) }
            return t.storage.withUnsafeBufferPointer { inner($0.baseAddress) }
        }
        return with(a) { pa in with(b) { pb in body(pa, pb) } }
    }
}
