/// The optimizer protocol of PyTorch `torch.optim`, for one parameter group: `step()` updates
/// every parameter that has a gradient (as PyTorch, a parameter whose grad is nil is skipped),
/// `zeroGrad()` drops the gradients, `setLR` changes only the rate and keeps all state
/// (momentum buffers, moments, step counts), so the state survives across `fit` calls.
///
/// Subclasses override one narrow method, `update(_:_:_:)`. The sweep runs with subnormals
/// flushed to zero (see `FloatingPointEnvironment`).
open class Optimizer {
    /// The parameters, in the order given.
    public let parameters: [Tensor]
    /// The current learning rate.
    public private(set) var learningRate: Double

    /// - Throws: `TensorError.invalidArgument` for a negative or non-finite rate or a parameter
    ///   listed twice.
    public init(parameters: [Tensor], learningRate: Double) throws {
        try Optimizer.check(learningRate: learningRate)
        var seen: Set<ObjectIdentifier> = []
        for p in parameters where !seen.insert(ObjectIdentifier(p)).inserted {
            throw TensorError.invalidArgument(op: "optimizer", reason: "each parameter once, got one of shape \(p.shape) twice")
        }
        self.parameters = parameters
        self.learningRate = learningRate
    }

    /// Sets the learning rate for the following steps; no other state changes (fastai `set_lrs`).
    /// - Throws: `TensorError.invalidArgument` for a negative or non-finite rate.
    public func setLR(_ lr: Double) throws {
        try Optimizer.check(learningRate: lr)
        learningRate = lr
    }

    /// Drops every parameter's gradient.
    public func zeroGrad() { for p in parameters { p.zeroGrad() } }

    /// Updates every parameter that has a gradient.
    public func step() {
        FloatingPointEnvironment.withFlushToZero {
            for (i, p) in parameters.enumerated() {
                guard let g = p.gradient else { continue }
                update(i, p, g)
            }
        }
    }

    /// Per-parameter dense scratch tables for row-sparse gradients, all zero between uses.
    private var scratch: [Int: [Float]] = [:]

    /// Runs `body` with the gradient as dense values. A row-sparse gradient is scattered into a
    /// reused zero table, and only its rows are cleared afterwards: the same values as
    /// `Gradient.denseValues`, without allocating and zeroing the whole table at every step.
    func withDenseGradient(_ index: Int, count: Int, _ gradient: Gradient, _ body: ([Float]) -> Void) {
        switch gradient {
        case .dense(let g):
            body(g)
        case .rowSparse(let s):
            var table = scratch.removeValue(forKey: index) ?? [Float](repeating: 0, count: count)
            if table.count != count { table = [Float](repeating: 0, count: count) }
            s.scatterAdd(into: &table)
            body(table)
            table.withUnsafeMutableBufferPointer { t in
                for r in s.rows {
                    let start = Int(r) * s.width
                    for j in start..<(start + s.width) { t[j] = 0 }
                }
            }
            scratch[index] = table
        }
    }

    /// Updates parameter `index` in place given its gradient. Subclasses override this.
    open func update(_ index: Int, _ parameter: Tensor, _ gradient: Gradient) {}

    static func check(learningRate: Double) throws {
        guard learningRate >= 0, learningRate.isFinite else {
            throw TensorError.invalidArgument(op: "optimizer", reason: "a finite learning rate >= 0, got \(learningRate)")
        }
    }

    static func check(_ name: String, _ value: Double, in range: ClosedRange<Double>, open upper: Bool = false) throws {
        guard range.contains(value), !(upper && value == range.upperBound) else {
            throw TensorError.invalidArgument(
                op: "optimizer", reason: "\(name) in \(range.lowerBound)...\(range.upperBound)\(upper ? " (excluded)" : ""), got \(value)")
        }
    }
}
