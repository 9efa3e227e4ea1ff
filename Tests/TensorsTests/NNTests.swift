import Testing

@testable import Tensors

final class TwoLayer: Module, Layer {
    let first: Linear
    let second: Linear
    let dropout: Dropout
    let extra: Tensor
    let frozen: Tensor

    init(_ g: RandomGenerator) throws {
        first = try Linear(inFeatures: 3, outFeatures: 4, using: g)
        second = try Linear(inFeatures: 4, outFeatures: 1, bias: false, using: g)
        dropout = try Dropout(p: 0.5, using: g)
        extra = try Tensor.zeros([2], requiresGrad: true)
        frozen = try Tensor.zeros([2])
        super.init()
    }

    func callAsFunction(_ x: Tensor) throws -> Tensor { try second(dropout(first(x).relu())) }
}

@Suite struct NNTests {
    @Test func parameterDiscoveryAndModes() throws {
        let m = try TwoLayer(RandomGenerator(seed: 1))
        let names = m.namedParameters().map(\.0)
        #expect(names == ["first.weight", "first.bias", "second.weight", "extra"])
        #expect(m.parameterCount == 12 + 4 + 4 + 2)
        #expect(m.isTraining && m.dropout.isTraining)
        m.eval()
        #expect(!m.isTraining && !m.dropout.isTraining && !m.first.isTraining)
        m.train()
        #expect(m.dropout.isTraining)
        let seq = Sequential([m.first, ReLU(), m.second])
        #expect(seq.namedParameters().map(\.0) == ["layers.0.weight", "layers.0.bias", "layers.2.weight"])
    }

    @Test func linearInitBoundsAndShapes() throws {
        let lin = try Linear(inFeatures: 16, outFeatures: 50, using: RandomGenerator(seed: 2))
        // U(−1/√16, 1/√16) = U(−0.25, 0.25) for weight and bias.
        let all = lin.weight.storage + (lin.bias?.storage ?? [])
        #expect(all.allSatisfy { $0 >= -0.25 && $0 < 0.25 })
        #expect(all.contains { $0 > 0.2 } && all.contains { $0 < -0.2 })
        #expect(lin.weight.shape == [50, 16] && lin.bias?.shape == [50])
        let y = try lin(try Tensor.ones([7, 16]))
        #expect(y.shape == [7, 50])
        let v = try lin(try Tensor.ones([16]))
        #expect(v.shape == [50])
        expectError(.shapeMismatch(op: "matmul", [2, 3], [16, 50])) { _ = try lin(try Tensor.ones([2, 3])) }
        expectError(.invalidArgument(op: "Linear", reason: "inFeatures >= 1 and outFeatures >= 0, got 0 and 3")) {
            _ = try Linear(inFeatures: 0, outFeatures: 3, using: RandomGenerator(seed: 0))
        }
    }

    @Test func embeddingInitAndReinit() throws {
        let g = RandomGenerator(seed: 3)
        let e = try Embedding(count: 100, dimension: 50, using: g)
        let mean = e.weight.doubles.reduce(0, +) / 5000
        let sd = (e.weight.doubles.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 5000).squareRoot()
        #expect(Swift.abs(mean) < 0.05 && Swift.abs(sd - 1) < 0.05)  // N(0, 1)
        try e.weight.uniform_(low: -0.05, high: 0.05, using: g)
        #expect(e.weight.storage.allSatisfy { $0 >= -0.05 && $0 < 0.05 })
        #expect(e.weight.requiresGrad)
        let rows = try e(IndexTensor([3, 99]))
        #expect(rows.shape == [2, 50])
        #expect(Array(rows.storage[0..<50]) == Array(e.weight.storage[150..<200]))
        expectError(.indexOutOfRange(op: "gatherRows", index: 100, size: 100)) { _ = try e(IndexTensor([100])) }
    }

    @Test func dropoutTrainAndEval() throws {
        let d = try Dropout(p: 0.25, using: RandomGenerator(seed: 4))
        let x = try Tensor.ones([10000], requiresGrad: true)
        let y = try d(x)
        let kept = y.storage.filter { $0 != 0 }
        #expect(kept.allSatisfy { Swift.abs($0 - 4.0 / 3.0) < 1e-6 })  // scaled by 1/(1−p)
        #expect(Swift.abs(Double(kept.count) / 10000 - 0.75) < 0.02)
        try y.sum().backward()
        #expect(x.grad?.storage == y.storage)  // dx = mask
        d.eval()
        #expect(try d(x) === x)
        expectError(.invalidArgument(op: "Dropout", reason: "0 <= p <= 1, got 1.5")) {
            _ = try Dropout(p: 1.5, using: RandomGenerator(seed: 0))
        }
        try checkGradients([try randomTensor([3, 4], seed: 5)]) { t in
            t[0].dropout(p: 0.5, using: RandomGenerator(seed: 6))  // same mask each call
        }
    }

    @Test func lossesHandValues() throws {
        // mse: ((1−0)² + (2−4)²)/2 = 2.5; element-wise for (2,) vs (2,1) as PyTorch 0.3.
        let p = Tensor([1, 2] as [Float])
        #expect(try Loss.mse(p, Tensor([0, 4] as [Float])).item() == 2.5)
        #expect(try Loss.mse(p, try Tensor([0, 4] as [Float], shape: [2, 1])).item() == 2.5)
        expectError(.shapeMismatch(op: "mseLoss", [2], [3])) { _ = try Loss.mse(p, Tensor([1, 2, 3] as [Float])) }
        // BCE stays finite for huge logits: x = 100, y = 0 → 100.
        let big = try Loss.binaryCrossEntropyWithLogits(Tensor([100, -100] as [Float]), Tensor([0, 0] as [Float]))
        expectClose(big.storage, [50], rtol: 1e-6)
        expectError(.shapeMismatch(op: "binaryCrossEntropyWithLogits", [2], [2, 1])) {
            _ = try Loss.binaryCrossEntropyWithLogits(p, try Tensor([0, 1] as [Float], shape: [2, 1]))
        }
        // Cross-entropy of uniform logits over 4 classes = log 4.
        let ce = try Loss.crossEntropy(try Tensor.zeros([2, 4]), IndexTensor([0, 3]))
        expectClose(ce.storage, [1.3862943611], rtol: 1e-6)
        expectError(.indexOutOfRange(op: "crossEntropy", index: 4, size: 4)) {
            _ = try Loss.crossEntropy(try Tensor.zeros([2, 4]), IndexTensor([0, 4]))
        }
        expectError(.shapeMismatch(op: "crossEntropy", [2, 4], [3])) {
            _ = try Loss.crossEntropy(try Tensor.zeros([2, 4]), IndexTensor([0, 1, 2]))
        }
    }

    @Test func lossGradients() throws {
        let a = try randomTensor([2, 3], seed: 7), b = try randomTensor([2, 3], seed: 8)
        try checkGradients([a, b]) { try Loss.mse($0[0], $0[1]) }
        let y = try randomTensor([2, 3], seed: 9, low: 0, high: 1)
        try checkGradients([try randomTensor([2, 3], seed: 10, low: -3, high: 3), y]) {
            try Loss.binaryCrossEntropyWithLogits($0[0], $0[1])
        }
        try checkGradients([try randomTensor([3, 4], seed: 11, low: -2, high: 2)]) {
            try Loss.crossEntropy($0[0], IndexTensor([3, 0, 1]))
        }
    }

    @Test func embeddingDotBiasGradientsAndErrors() throws {
        let u = try randomTensor([4, 3], seed: 12), i = try randomTensor([5, 3], seed: 13)
        let ub = try randomTensor([4, 1], seed: 14), ib = try randomTensor([5], seed: 15)
        let users = IndexTensor([0, 3, 3, 1]), items = IndexTensor([4, 4, 0, 2])
        try checkGradients([u, i, ub, ib]) {
            try Tensor.embeddingDotBias(
                userFactors: $0[0], itemFactors: $0[1], userBias: $0[2], itemBias: $0[3],
                users: users, items: items)
        }
        try checkGradients([u, i]) {
            try Tensor.embeddingDotBias(
                userFactors: $0[0], itemFactors: $0[1], userBias: nil, itemBias: nil,
                users: users, items: items)
        }
        expectError(.indexOutOfRange(op: "embeddingDotBias", index: 5, size: 5)) {
            _ = try Tensor.embeddingDotBias(
                userFactors: u, itemFactors: i, userBias: nil, itemBias: nil,
                users: IndexTensor([0]), items: IndexTensor([5]))
        }
        expectError(.shapeMismatch(op: "embeddingDotBias", [4, 3], [5, 2])) {
            _ = try Tensor.embeddingDotBias(
                userFactors: u, itemFactors: try Tensor.zeros([5, 2]), userBias: nil,
                itemBias: nil, users: users, items: items)
        }
        expectError(.shapeMismatch(op: "embeddingDotBias", [3], [4, 1])) {
            _ = try Tensor.embeddingDotBias(
                userFactors: u, itemFactors: i, userBias: try Tensor.zeros([3]),
                itemBias: nil, users: users, items: items)
        }
        expectError(.shapeMismatch(op: "embeddingDotBias", [4], [3])) {
            _ = try Tensor.embeddingDotBias(
                userFactors: u, itemFactors: i, userBias: nil, itemBias: nil,
                users: users, items: IndexTensor([0, 1, 2]))
        }
    }
}
