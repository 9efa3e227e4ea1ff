/// Adam with decoupled weight decay, as `torch.optim.AdamW` (Loshchilov & Hutter), per
/// parameter with its own step count t from 1:
///
///     p *= 1 − lr·weightDecay
///     m = β1·m + (1 − β1)·grad
///     v = β2·v + (1 − β2)·grad²
///     p −= lr/(1 − β1ᵗ) · m/(√v/√(1 − β2ᵗ) + eps)
///
/// PyTorch's default weightDecay is 0.01. One fused C pass per parameter (`ck_adamw_step`).
public final class AdamW: AdamState {
    /// - Throws: `TensorError.invalidArgument` unless 0 ≤ β < 1, eps ≥ 0, weightDecay ≥ 0, lr ≥ 0.
    public override init(
        parameters: [Tensor], lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
        eps: Double = 1e-8, weightDecay: Double = 0.01
    ) throws {
        try super.init(parameters: parameters, lr: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay)
    }

    public override func update(_ index: Int, _ parameter: Tensor, _ gradient: Gradient) {
        let (biasCorrection1, biasCorrection2) = nextBiasCorrections(index)
        withDenseGradient(index, count: parameter.count, gradient) { g in
            Kernels.adamWStep(
                param: &parameter.storage, grad: g, m: &m[index], v: &v[index],
                .init(
                    stepSize: Float(learningRate / biasCorrection1),
                    invSqrtBiasCorrection2: Float(1 / biasCorrection2.squareRoot()),
                    decay: Float(1 - learningRate * weightDecay),
                    beta1: beta1, beta2: beta2, eps: Float(eps)))
        }
    }
}
