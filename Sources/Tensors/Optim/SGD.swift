/// Stochastic gradient descent as `torch.optim.SGD` (same in PyTorch 0.3 for these options,
/// docs/lesson5-semantics.md §11):
///
///     d = grad + weightDecay·p                       (coupled L2 weight decay)
///     buf = d on the first step, else buf = momentum·buf + (1 − dampening)·d
///     d = nesterov ? d + momentum·buf : buf          (when momentum ≠ 0)
///     p −= lr·d
///
/// Dense semantics: weight decay and momentum touch every element at every step. Only when both
/// are 0 is a row-sparse gradient applied without densifying (same result).
public final class SGD: Optimizer {
    public let momentum: Double, dampening: Double, weightDecay: Double, nesterov: Bool
    private var buffers: [[Float]]
    private var started: [Bool]

    /// - Throws: `TensorError.invalidArgument` for negative hyper-parameters, or nesterov without
    ///   momentum or with dampening (as PyTorch).
    public init(
        parameters: [Tensor], lr: Double, momentum: Double = 0, dampening: Double = 0,
        weightDecay: Double = 0, nesterov: Bool = false
    ) throws {
        try Optimizer.check("momentum", momentum, in: 0...Double.greatestFiniteMagnitude)
        try Optimizer.check("dampening", dampening, in: 0...1)
        try Optimizer.check("weightDecay", weightDecay, in: 0...Double.greatestFiniteMagnitude)
        if nesterov && (momentum <= 0 || dampening != 0) {
            throw TensorError.invalidArgument(op: "SGD", reason: "momentum > 0 and dampening 0 for nesterov")
        }
        (self.momentum, self.dampening, self.weightDecay, self.nesterov) = (momentum, dampening, weightDecay, nesterov)
        buffers = parameters.map { _ in [] }
        started = parameters.map { _ in false }
        try super.init(parameters: parameters, learningRate: lr)
    }

    public override func update(_ index: Int, _ parameter: Tensor, _ gradient: Gradient) {
        let lr = Float(learningRate)
        if momentum == 0, weightDecay == 0, case .rowSparse(let s) = gradient {
            // p[rows[r]] −= lr·values[r]: the same as the dense update when nothing else touches p.
            Kernels.scatterAddRows(into: &parameter.storage, rows: s.rows, values: s.values.map { -lr * $0 }, width: s.width)
            return
        }
        if momentum != 0 && buffers[index].isEmpty {
            buffers[index] = [Float](repeating: 0, count: parameter.count)
        }
        let firstStep = !started[index]
        withDenseGradient(index, count: parameter.count, gradient) { g in
            Kernels.sgdStep(
                param: &parameter.storage, grad: g, buffer: &buffers[index],
                .init(
                    lr: lr, momentum: Float(momentum), dampening: dampening,
                    weightDecay: Float(weightDecay), nesterov: nesterov, firstStep: firstStep))
        }
        started[index] = true
    }
}
