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
        let n = count
        // One pass that draws the mask and applies it (the same draws, in order, as a mask built
        // first: one `nextFloat()` per element).
        var mask = [Float](repeating: 0, count: n)
        var out = [Float](repeating: 0, count: n)
        storage.withUnsafeBufferPointer { x in
            mask.withUnsafeMutableBufferPointer { m in
                out.withUnsafeMutableBufferPointer { o in
                    for i in 0..<n {
                        let k: Float = generator.nextFloat() < p ? 0 : scale
                        m[i] = k
                        o[i] = x[i] * k
                    }
                }
            }
        }
        return Tensor.record("dropout", shape: shape, storage: out, inputs: [self]) { g, _ in
            var dx = [Float](repeating: 0, count: n)
            g.storage.withUnsafeBufferPointer { gp in
                mask.withUnsafeBufferPointer { m in
                    dx.withUnsafeMutableBufferPointer { d in
                        for i in 0..<n { d[i] = gp[i] * m[i] }
                    }
                }
            }
            return [.dense(Tensor(shape: g.shape, storage: dx))]
        }
    }
}
