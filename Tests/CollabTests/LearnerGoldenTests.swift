import Tensors
import Testing

@testable import Collab

/// EmbeddingDotBias + MSE + the optimizers, three steps from fixed weights, against PyTorch
/// (values from golden/embedding_dot_bias_torch.py, PyTorch 2.13 CPU, Adam as PyTorch 0.3 wrote it): the forward pass, the
/// fused backward and the dense-embedding optimizer updates end to end.
@Suite struct LearnerGoldenTests {
    static let batches: [([Int], [Int], [Float])] = [
        ([0, 1, 2, 0], [0, 1, 3, 2], [5, 1, 3, 4]),
        ([2, 2, 1], [0, 1, 0], [2, 5, 4]),
        ([1, 0], [3, 3], [1, 2]),
    ]

    struct Golden {
        let losses: [Double]
        let u: [Float], i: [Float], ub: [Float], ib: [Float]
    }

    static let adam = Golden(  // PyTorch 0.3's Adam formula (Adam03 in the script)
        losses: [2.257349729537964, 1.9431978464126587, 2.3952622413635254],
        u: [-0.078879088, 0.055738229, -0.021516982, -0.024713943, 0.063181147, 0.016799858],
        i: [-0.102411233, 0.008649348, 0.053497232, -0.022305477, -0.02187838, 0.096863225, -0.026710313, 0.034672473],
        ub: [-0.015763158, -0.018149525, 0.056627642],
        ib: [0.099915028, 0.032928355, 0.021880046, -0.029670849])
    static let sgd = Golden(
        losses: [2.257349729537964, 2.137878656387329, 2.4099202156066895],
        u: [-0.073789015, 0.047460385, -0.01421291, -0.030253766, 0.084976286, 0.007657846],
        i: [-0.100483969, 0.003451492, 0.065384395, -0.033797074, -0.008374429, 0.080574535, -0.038388044, 0.024797235],
        ub: [0.250082672, -0.341186285, 0.140073359],
        ib: [0.309704959, 0.020038234, 0.139573827, -0.340356201])

    /// The script's fixed weights.
    static func model() throws -> EmbeddingDotBias {
        let m = try EmbeddingDotBias(nFactors: 2, nUsers: 3, nItems: 4, minScore: 1, maxScore: 5, using: RandomGenerator(seed: 1))
        func value(_ k: Int, _ d: Double) -> Float { Float(Double(k) / d) }
        var u: [Float] = [], i: [Float] = [], ub: [Float] = [], ib: [Float] = []
        for r in 0..<3 { for c in 0..<2 { u.append(value((r * 3 + c * 5) % 7 - 3, 50)) } }
        for r in 0..<4 { for c in 0..<2 { i.append(value((r * 5 + c * 3) % 7 - 3, 40)) } }
        for r in 0..<3 { ub.append(value(r - 1, 30)) }
        for r in 0..<4 { ib.append(value(2 - r, 25)) }
        try m.u.weight.copy_(u)
        try m.i.weight.copy_(i)
        try m.ub.weight.copy_(ub)
        try m.ib.weight.copy_(ib)
        return m
    }

    @Test(arguments: [(OptimizerChoice.adam, 0.01), (.sgd(momentum: 0.9), 0.1)])
    func threeStepsMatchPyTorch(choice: OptimizerChoice, lr: Double) throws {
        let golden = choice == .adam ? Self.adam : Self.sgd
        let m = try Self.model()
        let opt = try choice.make(parameters: m.parameters(), lr: lr, weightDecay: 2e-4)
        var losses: [Double] = []
        for (users, items, y) in Self.batches {
            let out = try m(users: IndexTensor(users), items: IndexTensor(items))
            opt.zeroGrad()
            let loss = try Loss.mse(out, Tensor(y))
            try loss.backward()
            opt.step()
            losses.append(Double(loss.storage[0]))
        }
        for (a, b) in zip(losses, golden.losses) { #expect(abs(a - b) < 1e-6, "loss \(a) vs PyTorch \(b)") }
        for (name, table, expected) in [("u", m.u, golden.u), ("i", m.i, golden.i), ("ub", m.ub, golden.ub), ("ib", m.ib, golden.ib)] {
            let got = table.weight.storage
            #expect(got.count == expected.count)
            for (a, b) in zip(got, expected) { #expect(abs(a - b) < 2e-6, "\(name): \(a) vs PyTorch \(b)") }
        }
    }
}
