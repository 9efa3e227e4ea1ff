import Testing

@testable import Tensors

/// Tests against PyTorch values (GoldenValues.swift, produced by golden/make_golden.py).
/// Tolerance: 1e-5 relative (plus 1e-6 absolute for values near 0).
@Suite struct GoldenTests {
    static let users = IndexTensor([0, 1, 2, 0, 2, 1])
    static let items = IndexTensor([1, 0, 3, 3, 2, 1])
    static var ratings: Tensor { Tensor([4.0, 3.5, 1.0, 5.0, 2.0, 4.5] as [Double]) }

    /// The four tables of the EmbeddingDotBias model: u (4,3), i (5,3), ub (4,1), ib (5,1).
    static func makeParams() throws -> [Tensor] {
        [
            try Tensor(Golden.u0, shape: [4, 3], requiresGrad: true),
            try Tensor(Golden.i0, shape: [5, 3], requiresGrad: true),
            try Tensor(Golden.ub0, shape: [4, 1], requiresGrad: true),
            try Tensor(Golden.ib0, shape: [5, 1], requiresGrad: true),
        ]
    }

    /// pred = σ(Σ u·i + ub + ib)·(5 − 1) + 1, fused kernel.
    static func predictFused(_ p: [Tensor]) throws -> Tensor {
        let s = try Tensor.embeddingDotBias(
            userFactors: p[0], itemFactors: p[1], userBias: p[2], itemBias: p[3],
            users: users, items: items)
        return s.sigmoid() * 4 + 1
    }

    /// The same model composed from primitive ops (gather, mul, sum, add).
    static func predictComposed(_ p: [Tensor]) throws -> Tensor {
        let dot = try (p[0].gatherRows(users) * p[1].gatherRows(items)).sum(dim: 1)
        let s = try dot + p[2].gatherRows(users).squeeze(dim: 1) + p[3].gatherRows(items).squeeze(dim: 1)
        return s.sigmoid() * 4 + 1
    }

    static func loss(_ p: [Tensor]) throws -> Tensor { try Loss.mse(predictFused(p), ratings) }

    func expectParams(_ p: [Tensor], _ expected: [[Double]], _ what: String) {
        for (k, (t, e)) in zip(p, expected).enumerated() {
            expectClose(t.storage, e, atol: 1e-6, rtol: 1e-5, "\(what) param \(k)")
        }
    }

    @Test(arguments: [true, false])
    func embeddingDotBiasForwardBackward(fused: Bool) throws {
        let p = try GoldenTests.makeParams()
        let pred = fused ? try GoldenTests.predictFused(p) : try GoldenTests.predictComposed(p)
        expectClose(pred.storage, Golden.pred, rtol: 1e-5, "pred")
        let loss = try Loss.mse(pred, GoldenTests.ratings)
        expectClose(loss.storage, Golden.loss, rtol: 1e-5, "loss")
        try loss.backward()
        let grads = p.map { $0.grad?.storage ?? [] }
        expectParams(p.indices.map { Tensor(grads[$0]) }, [Golden.du, Golden.di, Golden.dub, Golden.dib], "grad")
        if case .rowSparse(let s)? = p[0].gradient {
            #expect(s.rows == [0, 1, 2, 0, 2, 1])  // the batch's users, sparse until densified
        } else {
            Issue.record("expected a row-sparse gradient for the user table")
        }
    }

    func train(_ optimizer: Optimizer, _ p: [Tensor]) throws {
        for _ in 0..<5 {
            optimizer.zeroGrad()
            try GoldenTests.loss(p).backward()
            optimizer.step()
        }
    }

    @Test func adamFiveStepsWithWeightDecay() throws {
        let p = try GoldenTests.makeParams()
        try train(try Adam(parameters: p, lr: 0.05, weightDecay: 0.01), p)
        expectParams(p, [Golden.adamU, Golden.adamI, Golden.adamUB, Golden.adamIB], "adam")
    }

    @Test func sgdMomentumFiveStepsWithWeightDecay() throws {
        let p = try GoldenTests.makeParams()
        try train(try SGD(parameters: p, lr: 0.1, momentum: 0.9, weightDecay: 0.01), p)
        expectParams(p, [Golden.sgdU, Golden.sgdI, Golden.sgdUB, Golden.sgdIB], "sgd")
    }

    @Test func adamWFiveSteps() throws {
        let p = try GoldenTests.makeParams()
        try train(try AdamW(parameters: p, lr: 0.05, weightDecay: 0.1), p)
        expectParams(p, [Golden.adamwU, Golden.adamwI, Golden.adamwUB, Golden.adamwIB], "adamw")
    }

    @Test func linearReluDropoutEval() throws {
        let gen = RandomGenerator(seed: 0)
        let linear = try Linear(inFeatures: 4, outFeatures: 3, using: gen)
        try linear.weight.copy_(Golden.linW.map(Float.init))
        try linear.bias?.copy_(Golden.linB.map(Float.init))
        let model = Sequential([linear, ReLU(), try Dropout(p: 0.5, using: gen)])
        model.eval()
        let x = try Tensor(Golden.linX, shape: [2, 4], requiresGrad: true)
        let out = try model(x)
        expectClose(out.storage, Golden.linOut, atol: 1e-6, rtol: 1e-5, "out")
        try (out * Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])).sum().backward()
        expectClose(linear.weight.grad?.storage ?? [], Golden.linDW, atol: 1e-6, rtol: 1e-5, "dW")
        expectClose(linear.bias?.grad?.storage ?? [], Golden.linDB, atol: 1e-6, rtol: 1e-5, "db")
        expectClose(x.grad?.storage ?? [], Golden.linDX, atol: 1e-6, rtol: 1e-5, "dx")
    }

    @Test func losses() throws {
        let logits = try Tensor(Golden.bceLogits, shape: [2, 3], requiresGrad: true)
        let targets = try Tensor([1, 0, 1, 0, 0.5, 1] as [Double], shape: [2, 3])
        let bce = try Loss.binaryCrossEntropyWithLogits(logits, targets)
        expectClose(bce.storage, Golden.bce, rtol: 1e-5, "bce")
        try bce.backward()
        expectClose(logits.grad?.storage ?? [], Golden.dbce, atol: 1e-7, rtol: 1e-5, "dbce")
        logits.zeroGrad()
        let ce = try Loss.crossEntropy(logits, IndexTensor([2, 0]))
        expectClose(ce.storage, Golden.ce, rtol: 1e-5, "ce")
        try ce.backward()
        expectClose(logits.grad?.storage ?? [], Golden.dce, atol: 1e-7, rtol: 1e-5, "dce")
    }
}
