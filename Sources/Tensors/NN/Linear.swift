/// y = x·Wᵀ + b (PyTorch `nn.Linear`). W: (outFeatures, inFeatures), b: (outFeatures).
/// Init as PyTorch: W then b, both U(−1/√inFeatures, 1/√inFeatures).
/// Input (…, inFeatures) of rank 1 or 2, output (…, outFeatures).
public final class Linear: Module, Layer {
    /// Shape (outFeatures, inFeatures).
    public let weight: Tensor
    /// Shape (outFeatures), or nil without bias.
    public let bias: Tensor?

    /// - Throws: `TensorError.invalidArgument` when inFeatures < 1 or outFeatures < 0.
    public init(inFeatures: Int, outFeatures: Int, bias useBias: Bool = true, using generator: RandomGenerator) throws {
        guard inFeatures >= 1, outFeatures >= 0 else {
            throw TensorError.invalidArgument(op: "Linear", reason: "inFeatures >= 1 and outFeatures >= 0, got \(inFeatures) and \(outFeatures)")
        }
        let bound = 1 / Float(inFeatures).squareRoot()
        weight = try Tensor.uniform([outFeatures, inFeatures], low: -bound, high: bound, using: generator, requiresGrad: true)
        bias = useBias ? try Tensor.uniform([outFeatures], low: -bound, high: bound, using: generator, requiresGrad: true) : nil
        super.init()
    }

    /// - Throws: `TensorError.shapeMismatch` ("matmul") when the last size is not inFeatures.
    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        let y = try input.matmul(transposed: weight)
        guard let bias else { return y }
        return try y + bias
    }
}
