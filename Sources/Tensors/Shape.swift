/// The shape of a tensor: a list of dimension sizes, rank 0 (a scalar) to 4, row-major.
public struct Shape: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// The largest rank a tensor may have.
    public static let maxRank = 4
    /// The largest element count (2³⁰, 4 GiB of Float32): keeps sizes within BLAS's 32-bit
    /// dimensions and turns absurd requests into an error instead of an allocation failure.
    public static let maxCount = 1 << 30

    /// The dimension sizes, outermost first.
    public let dims: [Int]

    /// Creates a shape; throws `TensorError.invalidShape` for a negative size, a rank above 4 or
    /// more than `maxCount` elements.
    public init(_ dims: [Int]) throws {
        guard dims.count <= Shape.maxRank, dims.allSatisfy({ $0 >= 0 }) else {
            throw TensorError.invalidShape(
                dims,
                reason: dims.count > Shape.maxRank
                    ? "rank at most \(Shape.maxRank)" : "non-negative sizes")
        }
        // Guard the element count against overflow.
        var count = 1
        for d in dims {
            let (product, overflow) = count.multipliedReportingOverflow(by: d)
            guard !overflow, product <= Shape.maxCount else {
                throw TensorError.invalidShape(dims, reason: "at most \(Shape.maxCount) elements")
            }
            count = product
        }
        self.dims = dims
    }

    /// Unchecked initialiser for shapes the engine derived itself from valid shapes.
    init(validated dims: [Int]) { self.dims = dims }

    /// Array-literal shapes are for code written by hand (tests, layers); invalid literals become rank 0.
    public init(arrayLiteral elements: Int...) {
        self.dims = (try? Shape(elements).dims) ?? []
    }

    /// The scalar shape `[]`.
    public static let scalar = Shape(validated: [])

    /// Number of dimensions (0 for a scalar).
    public var rank: Int { dims.count }
    /// Number of elements (1 for a scalar).
    public var count: Int { dims.reduce(1, *) }
    /// Size of dimension `i` (no check; use `size(_:)` for user input).
    public subscript(_ i: Int) -> Int { dims[i] }

    /// Row-major strides in elements.
    public var strides: [Int] {
        var s = [Int](repeating: 1, count: dims.count)
        var acc = 1
        for i in stride(from: dims.count - 1, through: 0, by: -1) {
            s[i] = acc
            acc *= dims[i]
        }
        return s
    }

    /// Resolves a possibly negative dimension index (PyTorch style, -1 is the last) for `op`.
    public func normalizedDim(_ dim: Int, op: String, allowingEnd: Bool = false) throws -> Int {
        let n = rank + (allowingEnd ? 1 : 0)
        let d = dim < 0 ? dim + n : dim
        guard d >= 0, d < n else { throw TensorError.dimensionOutOfRange(op: op, dim: dim, rank: rank) }
        return d
    }

    public var description: String { "[" + dims.map(String.init).joined(separator: ", ") + "]" }
}
