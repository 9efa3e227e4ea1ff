/// Adam with coupled L2 weight decay, exactly as PyTorch 0.3 `torch.optim.Adam` (the lesson's
/// optimizer, docs/lesson5-semantics.md §11), per parameter with its own step count t from 1:
///
///     g = grad + weightDecay·p
///     m = β1·m + (1 − β1)·g
///     v = β2·v + (1 − β2)·g²
///     p −= lr·√(1 − β2ᵗ)/(1 − β1ᵗ) · m/(√v + eps)     (eps added to the uncorrected √v)
///
/// Dense semantics (as PyTorch with dense embeddings): weight decay and the moments touch every
/// element at every step, also rows an embedding lookup did not touch. One fused C pass per
/// parameter (`ck_adam_step`).
public final class Adam: AdamState {
    /// - Throws: `TensorError.invalidArgument` unless 0 ≤ β < 1, eps ≥ 0, weightDecay ≥ 0, lr ≥ 0.
    public override init(
        parameters: [Tensor], lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
        eps: Double = 1e-8, weightDecay: Double = 0
    ) throws {
        try super.init(parameters: parameters, lr: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay)
    }

    public override func update(_ index: Int, _ parameter: Tensor, _ gradient: Gradient) {
        let (biasCorrection1, biasCorrection2) = nextBiasCorrections(index)
        let stepSize = learningRate * biasCorrection2.squareRoot() / biasCorrection1
        withDenseGradient(index, count: parameter.count, gradient) { g in
            Kernels.adamStep(
                param: &parameter.storage, grad: g, m: &m[index], v: &v[index],
                .init(
                    stepSize: Float(stepSize), beta1: beta1, beta2: beta2,
                    eps: Float(eps), weightDecay: Float(weightDecay)))
        }
    }
}
