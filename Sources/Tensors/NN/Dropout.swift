/// Inverted dropout (PyTorch `nn.Dropout`): in training mode each element is zeroed with
/// probability p and the rest scaled by 1/(1−p); in evaluation mode it is the identity.
public final class Dropout: Module, Layer {
    /// Probability of zeroing an element.
    public let p: Float
    private let generator: RandomGenerator

    /// - Throws: `TensorError.invalidArgument` unless 0 ≤ p ≤ 1.
    public init(p: Float = 0.5, using generator: RandomGenerator) throws {
        guard p >= 0, p <= 1 else { throw TensorError.invalidArgument(op: "Dropout", reason: "0 <= p <= 1, got \(p)") }
        self.p = p
        self.generator = generator
        super.init()
    }

    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        guard isTraining, p > 0 else { return input }
        return input.dropout(p: p, using: generator)
    }
}

extension Tensor {
    /// Inverted dropout with a mask drawn from `generator` (always active; `Dropout` checks the mode).
    /// Backward: dx = g·mask, with mask ∈ {0, 1/(1−p)}.
    public func dropout(p: Float, using generator: RandomGenerator) -> Tensor {
        let scale: Float = p < 1 ? 1 / (1 - p) : 0
        let mask = (0..<count).map { _ in generator.nextFloat() < p ? Float(0) : scale }
        let out = zip(storage, mask).map { $0 * $1 }
        return Tensor.record("dropout", shape: shape, storage: out, inputs: [self]) { g, _ in
            [.dense(Tensor(shape: g.shape, storage: zip(g.storage, mask).map { $0 * $1 }))]
        }
    }
}
