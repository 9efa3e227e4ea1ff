/// Constructors and in-place initialisers (PyTorch `torch.zeros`, `ones`, `full`, `arange`,
/// `empty(...).uniform_`, `normal_`).
extension Tensor {
    /// A tensor of zeros. - Throws: `TensorError.invalidShape`, `.memoryBudgetExceeded`.
    public static func zeros(_ dims: [Int], requiresGrad: Bool = false) throws -> Tensor {
        try full(dims, value: 0, requiresGrad: requiresGrad)
    }

    /// A tensor of ones. - Throws: `TensorError.invalidShape`.
    public static func ones(_ dims: [Int], requiresGrad: Bool = false) throws -> Tensor {
        try full(dims, value: 1, requiresGrad: requiresGrad)
    }

    /// A tensor filled with `value`. - Throws: `TensorError.invalidShape`.
    public static func full(_ dims: [Int], value: Float, requiresGrad: Bool = false) throws -> Tensor {
        let shape = try Shape(dims)
        try MemoryBudget.reserve(shape.count, op: value == 0 ? "zeros" : value == 1 ? "ones" : "full", shape: shape)
        return Tensor(shape: shape, storage: [Float](repeating: value, count: shape.count), requiresGrad: requiresGrad)
    }

    /// Zeros with another tensor's shape.
    public static func zeros(like other: Tensor) -> Tensor {
        Tensor(shape: other.shape, storage: [Float](repeating: 0, count: other.count))
    }

    /// `[0, 1, ..., end-1]` (PyTorch `torch.arange(end)`): a rank-1 tensor of `ceil((end - start) / step)`
    /// values; the two- and three-argument forms take `start` and `step`.
    /// - Throws: `TensorError.invalidArgument` when `step` is 0 or not finite, or the range runs
    ///   the wrong way.
    public static func arange(_ end: Double) throws -> Tensor { try arange(0, end) }

    /// `[start, start+step, ...]` up to but excluding `end`; see `arange(_:)`.
    public static func arange(_ start: Double, _ end: Double, step: Double = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
            throw TensorError.invalidArgument(op: "arange", reason: "a finite, nonzero step and finite bounds")
        }
        let n = ((end - start) / step).rounded(.up)
        guard n >= 0, n < Double(Int32.max) else {
            throw TensorError.invalidArgument(op: "arange", reason: "a step of the same sign as end - start, got start \(start), end \(end), step \(step)")
        }
        let count = Int(n)
        return Tensor((0..<count).map { Float(start + Double($0) * step) })
    }

    /// Values uniform in [low, high) from the generator (PyTorch `empty(...).uniform_(low, high)`).
    /// - Throws: `TensorError.invalidShape`, or `.invalidArgument` when low > high.
    public static func uniform(
        _ dims: [Int], low: Float = 0, high: Float = 1, using generator: RandomGenerator,
        requiresGrad: Bool = false
    ) throws -> Tensor {
        try filled(dims, requiresGrad: requiresGrad) { try $0.uniform_(low: low, high: high, using: generator) }
    }

    /// Values drawn from N(mean, std²) (PyTorch `torch.normal` / `normal_`).
    /// - Throws: `TensorError.invalidShape`, or `.invalidArgument` when std < 0.
    public static func normal(
        _ dims: [Int], mean: Float = 0, std: Float = 1, using generator: RandomGenerator,
        requiresGrad: Bool = false
    ) throws -> Tensor {
        try filled(dims, requiresGrad: requiresGrad) { try $0.normal_(mean: mean, std: std, using: generator) }
    }

    /// A tensor of zeros of shape `dims`, then refilled in place by `fill`.
    private static func filled(_ dims: [Int], requiresGrad: Bool, _ fill: (Tensor) throws -> Void) throws -> Tensor {
        let t = try zeros(dims, requiresGrad: requiresGrad)
        try fill(t)
        return t
    }

    /// Refills this tensor in place with values uniform in [low, high) (PyTorch `uniform_`).
    /// Keeps `requiresGrad`; does not record on the tape.
    /// - Throws: `TensorError.invalidArgument` when low > high or a bound is not finite.
    public func uniform_(low: Float, high: Float, using generator: RandomGenerator) throws {
        guard low <= high, low.isFinite, high.isFinite else {
            throw TensorError.invalidArgument(op: "uniform_", reason: "finite low <= high, got \(low) and \(high)")
        }
        let width = high - low
        storage.withUnsafeMutableBufferPointer { buf in
            for i in buf.indices { buf[i] = low + width * generator.nextFloat() }
        }
    }

    /// Refills this tensor in place from N(mean, std²) (PyTorch `normal_`).
    /// - Throws: `TensorError.invalidArgument` when std < 0 or not finite.
    public func normal_(mean: Float = 0, std: Float = 1, using generator: RandomGenerator) throws {
        guard std >= 0, std.isFinite, mean.isFinite else {
            throw TensorError.invalidArgument(op: "normal_", reason: "finite mean and std >= 0, got \(mean) and \(std)")
        }
        storage.withUnsafeMutableBufferPointer { buf in
            for i in buf.indices { buf[i] = mean + std * Float(generator.nextNormal()) }
        }
    }

    /// Sets every element to `value` in place (PyTorch `fill_`).
    public func fill_(_ value: Float) {
        storage.withUnsafeMutableBufferPointer { buf in
            for i in buf.indices { buf[i] = value }
        }
    }

    /// Copies `values` into this tensor in place (same count), e.g. to load fixed weights.
    /// - Throws: `TensorError.invalidShape` when the count differs.
    public func copy_(_ values: [Float]) throws {
        guard values.count == count else {
            throw TensorError.invalidShape(shape.dims, reason: "\(count) values, got \(values.count)")
        }
        storage = values
    }
}
