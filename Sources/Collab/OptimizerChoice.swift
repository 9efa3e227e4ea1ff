import Tensors

/// Which optimizer a ``CollabLearner`` builds for each `fit` (fastai 0.7's `opt_fn`).
///
/// fastai's `Learner.fit` builds a **new** optimizer at every call (`get_layer_opt`), one
/// parameter group holding every parameter, with `lr` and `weight_decay = wds` (docs/lesson5-semantics.md §6).
public enum OptimizerChoice: Sendable, Equatable {
    /// `optim.Adam` (β 0.9/0.999, eps 1e-8, coupled L2 weight decay), as cell 13 passes.
    case adam
    /// `optim.SGD(momentum:)`, no dampening, not Nesterov; fastai's default `SGD_Momentum(0.9)`.
    case sgd(momentum: Double)

    /// fastai's default `opt_fn`: SGD with momentum 0.9.
    public static let fastaiDefault = OptimizerChoice.sgd(momentum: 0.9)

    /// The optimizer over `parameters` with rate `lr` and coupled L2 `weightDecay`.
    /// - Throws: `TensorError.invalidArgument` for a negative or non-finite rate, momentum or decay.
    public func make(parameters: [Tensor], lr: Double, weightDecay: Double) throws -> Optimizer {
        switch self {
        case .adam:
            return try Adam(parameters: parameters, lr: lr, weightDecay: weightDecay)
        case .sgd(let momentum):
            return try SGD(parameters: parameters, lr: lr, momentum: momentum, weightDecay: weightDecay)
        }
    }
}
