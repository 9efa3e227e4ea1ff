/// Loss functions (PyTorch `F.mse_loss`, `F.binary_cross_entropy_with_logits`, `F.cross_entropy`,
/// all with mean reduction), each fused: forward and backward side by side.
public enum Loss {
    /// Mean squared error mean((p − y)²), element-wise over equal element counts: the target is
    /// read in the prediction's order even when shapes differ, as PyTorch 0.3's THNN MSE did
    /// (docs/lesson5-semantics.md §11: (bs,) vs (bs,1) is element-wise, not broadcast).
    /// Backward: dp = g·2(p − y)/n, dy = −dp.
    /// - Throws: `TensorError.shapeMismatch` ("mseLoss") when the element counts differ.
    public static func mse(_ prediction: Tensor, _ target: Tensor) throws -> Tensor {
        guard prediction.count == target.count else {
            throw TensorError.shapeMismatch(op: "mseLoss", prediction.shape, target.shape)
        }
        let n = prediction.count
        var diff = [Float](repeating: 0, count: n)
        var s: Float = 0
        for i in 0..<n {
            diff[i] = prediction.storage[i] - target.storage[i]
            s += diff[i] * diff[i]
        }
        let (ps, ts) = (prediction.shape, target.shape)
        return Tensor.record("mseLoss", shape: .scalar, storage: [s / Float(n)], inputs: [prediction, target]) { g, needs in
            let k = 2 * g.storage[0] / Float(n)
            let dp = diff.map { $0 * k }
            return [
                needs[0] ? .dense(Tensor(shape: ps, storage: dp)) : nil,
                needs[1] ? .dense(Tensor(shape: ts, storage: dp.map { -$0 })) : nil,
            ]
        }
    }

    /// mean(max(x, 0) − x·y + log(1 + e^(−|x|))): binary cross-entropy on logits x against
    /// targets y in [0, 1], stable for large |x| (PyTorch's formula).
    /// Backward: dx = g·(σ(x) − y)/n, dy = −g·x/n.
    /// - Throws: `TensorError.shapeMismatch` ("binaryCrossEntropyWithLogits") unless shapes are equal.
    public static func binaryCrossEntropyWithLogits(_ logits: Tensor, _ target: Tensor) throws -> Tensor {
        guard logits.shape == target.shape else {
            throw TensorError.shapeMismatch(op: "binaryCrossEntropyWithLogits", logits.shape, target.shape)
        }
        let n = logits.count
        let x = logits.storage, y = target.storage
        var s: Float = 0
        for i in 0..<n { s += Swift.max(x[i], 0) - x[i] * y[i] + _log1pf(_expf(-Swift.abs(x[i]))) }
        let shape = logits.shape
        return Tensor.record(
            "binaryCrossEntropyWithLogits", shape: .scalar, storage: [s / Float(n)],
            inputs: [logits, target]
        ) { g, needs in
            let k = g.storage[0] / Float(n)
            return [
                needs[0] ? .dense(Tensor(shape: shape, storage: (0..<n).map { (Tensor.sigmoid(x[$0]) - y[$0]) * k })) : nil,
                needs[1] ? .dense(Tensor(shape: shape, storage: x.map { -$0 * k })) : nil,
            ]
        }
    }

    /// mean over rows of −log softmax(x)[target]: cross-entropy of logits (N, C) against class
    /// indices (N) (PyTorch `F.cross_entropy`). Backward: dx = g·(softmax(x) − onehot(target))/N.
    /// - Throws: `TensorError.rankMismatch` unless logits are rank 2 and targets rank 1,
    ///   `.shapeMismatch` ("crossEntropy") when N differs, `.indexOutOfRange` for a class ∉ 0..<C.
    public static func crossEntropy(_ logits: Tensor, _ target: IndexTensor) throws -> Tensor {
        guard logits.rank == 2 else { throw TensorError.rankMismatch(op: "crossEntropy", expected: "2 (N, C)", got: logits.rank) }
        guard target.shape.rank == 1 else {
            throw TensorError.rankMismatch(op: "crossEntropy", expected: "1 for targets (N)", got: target.shape.rank)
        }
        let (rows, classes) = (logits.shape[0], logits.shape[1])
        guard target.count == rows else { throw TensorError.shapeMismatch(op: "crossEntropy", logits.shape, target.shape) }
        try target.checkRange(classes, op: "crossEntropy")
        var softmax = [Float](repeating: 0, count: logits.count)
        var total: Float = 0
        for r in 0..<rows {
            let row = logits.storage[(r * classes)..<((r + 1) * classes)]
            let m = row.max() ?? 0
            var z: Float = 0
            for v in row { z += _expf(v - m) }
            for (c, v) in row.enumerated() { softmax[r * classes + c] = _expf(v - m) / z }
            total += (m + _logf(z)) - logits.storage[r * classes + target.values[r]]
        }
        let labels = target.values
        let shape = logits.shape
        return Tensor.record("crossEntropy", shape: .scalar, storage: [total / Float(rows)], inputs: [logits]) { g, _ in
            let k = g.storage[0] / Float(rows)
            var dx = softmax
            for r in 0..<rows { dx[r * classes + labels[r]] -= 1 }
            return [.dense(Tensor(shape: shape, storage: dx.map { $0 * k }))]
        }
    }
}
