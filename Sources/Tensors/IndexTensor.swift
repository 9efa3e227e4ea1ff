/// An integer tensor of indices (PyTorch LongTensor), for embedding lookups, cross-entropy
/// targets and the results of `argmax`/`argsort`. Rank 0 to 4, row-major; a value type.
public struct IndexTensor: Equatable, Sendable, CustomStringConvertible {
    /// The shape.
    public let shape: Shape
    /// The indices, row-major.
    public let values: [Int]

    /// A rank-1 index tensor.
    public init(_ values: [Int]) {
        self.shape = Shape(validated: [values.count])
        self.values = values
    }

    /// An index tensor of the given shape. - Throws: `TensorError.invalidShape` when the count differs.
    public init(_ values: [Int], shape dims: [Int]) throws {
        let shape = try Shape(dims)
        guard shape.count == values.count else {
            throw TensorError.invalidShape(dims, reason: "\(shape.count) values for this shape, got \(values.count)")
        }
        self.shape = shape
        self.values = values
    }

    /// Indices from a Float tensor holding whole numbers (PyTorch `t.long()` when exact), same shape.
    /// - Throws: `TensorError.dtypeMismatch` for a fractional or non-finite value.
    public init(_ tensor: Tensor) throws {
        var values = [Int]()
        values.reserveCapacity(tensor.count)
        for v in tensor.storage {
            guard v.isFinite, v.rounded() == v, Swift.abs(v) < 0x1p31 else {
                throw TensorError.dtypeMismatch(op: "IndexTensor", expected: "whole-number values", got: "\(v)")
            }
            values.append(Int(v))
        }
        self.init(validated: values, shape: tensor.shape)
    }

    /// The indices as a Float tensor of the same shape (exact below 2²⁴), e.g. for display.
    public var floatTensor: Tensor { Tensor(shape: shape, storage: values.map { Float($0) }) }

    init(validated values: [Int], shape: Shape) {
        self.shape = shape
        self.values = values
    }

    /// Number of indices.
    public var count: Int { values.count }

    /// Throws `TensorError.indexOutOfRange` for the first value outside `0..<size`.
    func checkRange(_ size: Int, op: String) throws {
        for v in values where v < 0 || v >= size {
            throw TensorError.indexOutOfRange(op: op, index: v, size: size)
        }
    }

    public var description: String { "indices(\(values), shape: \(shape))" }
}
