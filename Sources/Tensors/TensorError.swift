/// Every error the tensor engine throws. Messages say what was expected and carry the offending
/// values; nothing reachable from user input traps.
public enum TensorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two shapes that `op` cannot combine (broadcasting, matmul, concat, loss inputs, ...).
    case shapeMismatch(op: String, Shape, Shape)
    /// A shape that cannot exist (negative size, rank above 4) or a value count that does not fit it.
    case invalidShape([Int], reason: String)
    /// An index outside `0..<size` (row lookups, element access, slicing).
    case indexOutOfRange(op: String, index: Int, size: Int)
    /// A dimension argument outside the tensor's rank.
    case dimensionOutOfRange(op: String, dim: Int, rank: Int)
    /// An op that needs a particular rank got another.
    case rankMismatch(op: String, expected: String, got: Int)
    /// A value of the wrong kind (e.g. a non-finite argument, a probability above 1).
    case invalidArgument(op: String, reason: String)
    /// Values of the wrong element type (e.g. a fractional value where an index is expected).
    case dtypeMismatch(op: String, expected: String, got: String)
    /// `backward()` called on a tensor with more than one element.
    case backwardFromNonScalar(Shape)
    /// `backward()` called on a tensor that does not require gradients.
    case backwardWithoutGraph
    /// A backward rule produced a gradient whose shape differs from its input (an engine bug).
    case gradientShapeMismatch(op: String, expected: Shape, got: Shape)
    /// Allocating `bytes` for `op`'s result of `shape` would take the process from `resident`
    /// bytes past the session's memory budget (see ``MemoryBudget``).
    case memoryBudgetExceeded(op: String, shape: Shape, bytes: Int, resident: Int, budget: Int)

    public var description: String {
        switch self {
        case let .shapeMismatch(op, a, b):
            return "\(op): expected compatible shapes, got \(a) and \(b)"
        case let .invalidShape(dims, reason):
            return "invalid shape \(Shape(validated: dims)): expected \(reason)"
        case let .indexOutOfRange(op, index, size):
            return "\(op): index \(index) is out of range; expected 0..<\(size)"
        case let .dimensionOutOfRange(op, dim, rank):
            return "\(op): dimension \(dim) is out of range for a tensor of rank \(rank)"
        case let .rankMismatch(op, expected, got):
            return "\(op): expected a tensor of rank \(expected), got rank \(got)"
        case let .invalidArgument(op, reason):
            return "\(op): expected \(reason)"
        case let .dtypeMismatch(op, expected, got):
            return "\(op): expected \(expected), got \(got)"
        case let .backwardFromNonScalar(shape):
            return "backward: expected a scalar (one element), got shape \(shape)"
        case .backwardWithoutGraph:
            return "backward: expected a tensor that requires gradients (computed from tensors with requiresGrad)"
        case let .gradientShapeMismatch(op, expected, got):
            return "backward of \(op): expected a gradient of shape \(expected), got \(got)"
        case let .memoryBudgetExceeded(op, shape, bytes, resident, budget):
            return
                "\(op): allocating a tensor of shape \(shape) (\(MemoryBudget.describe(bytes))) would take the session from "
                + "\(MemoryBudget.describe(resident)) past its memory budget of \(MemoryBudget.describe(budget)); "
                + "expected smaller tensors, or a larger budget (notebook run --memory-budget)"
        }
    }
}
