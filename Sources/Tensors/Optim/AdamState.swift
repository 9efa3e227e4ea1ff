/// What Adam and AdamW share: hyper-parameters, first and second moments and the per-parameter
/// step count t (PyTorch `state['step']`, from 1), and the bias corrections 1 − β1ᵗ and 1 − β2ᵗ.
/// The update rule itself stays in each subclass, next to its formula.
open class AdamState: Optimizer {
    public let beta1: Double, beta2: Double, eps: Double, weightDecay: Double
    var m: [[Float]], v: [[Float]]
    /// Steps taken by each parameter (PyTorch `state['step']`).
    public private(set) var steps: [Int]

    /// - Throws: `TensorError.invalidArgument` unless 0 ≤ β < 1, eps ≥ 0, weightDecay ≥ 0, lr ≥ 0.
    init(parameters: [Tensor], lr: Double, beta1: Double, beta2: Double, eps: Double, weightDecay: Double) throws {
        try Optimizer.check("beta1", beta1, in: 0...1, open: true)
        try Optimizer.check("beta2", beta2, in: 0...1, open: true)
        try Optimizer.check("eps", eps, in: 0...Double.greatestFiniteMagnitude)
        try Optimizer.check("weightDecay", weightDecay, in: 0...Double.greatestFiniteMagnitude)
        (self.beta1, self.beta2, self.eps, self.weightDecay) = (beta1, beta2, eps, weightDecay)
        m = parameters.map { [Float](repeating: 0, count: $0.count) }
        v = parameters.map { [Float](repeating: 0, count: $0.count) }
        steps = parameters.map { _ in 0 }
        try super.init(parameters: parameters, learningRate: lr)
    }

    /// Counts one more step of parameter `index` and returns (1 − β1ᵗ, 1 − β2ᵗ) for the new t.
    func nextBiasCorrections(_ index: Int) -> (first: Double, second: Double) {
        steps[index] += 1
        let t = Double(steps[index])
        return (1 - _pow(beta1, t), 1 - _pow(beta2, t))
    }
}
