/// A lookup table of `count` rows of `dimension` values (PyTorch `nn.Embedding`, dense gradients
/// as with `sparse=False`, but recorded row-sparse until an optimizer needs them dense).
/// Default init N(0, 1) as PyTorch; re-initialise in place with `weight.uniform_(low:high:using:)`.
public final class Embedding: Module {
    /// The table, shape (count, dimension).
    public let weight: Tensor

    /// - Throws: `TensorError.invalidShape` for negative sizes.
    public init(count: Int, dimension: Int, using generator: RandomGenerator) throws {
        weight = try Tensor.normal([count, dimension], mean: 0, std: 1, using: generator, requiresGrad: true)
        super.init()
    }

    /// Rows for `indices`: shape `indices.shape + [dimension]`.
    /// - Throws: `TensorError.indexOutOfRange` (the index and the row count).
    public func callAsFunction(_ indices: IndexTensor) throws -> Tensor {
        try weight.gatherRows(indices)
    }
}
