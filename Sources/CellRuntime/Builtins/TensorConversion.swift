import Tensors

/// Conversions between cell values and tensors, shared by the tensor, NN and optimizer tables.
enum TensorConversion {
    /// A tensor from a number or nested arrays of numbers (rectangular, rank ≤ 4). All-Int input
    /// gives an integer tensor (as `torch.tensor([1, 2])` gives int64); any Double gives Float32.
    /// - Throws: `BuiltinError` naming the ragged position or the non-numeric element.
    static func tensor(from value: Value, requiresGrad: Bool = false) throws -> TensorObject {
        var dims: [Int] = []
        var probe = value
        while case let .array(items) = probe {
            dims.append(items.count)
            guard let first = items.first else { break }
            probe = first
        }
        guard dims.count <= Shape.maxRank else {
            throw BuiltinError("Tensor: expected nested arrays of rank at most \(Shape.maxRank), got rank \(dims.count)")
        }
        var doubles: [Double] = []
        var ints: [Int] = []
        var allInt = true
        func walk(_ v: Value, _ depth: Int) throws {
            if depth == dims.count {
                switch v {
                case let .int(i): ints.append(i); doubles.append(Double(i))
                case let .double(d): allInt = false; doubles.append(d)
                case let .bool(b): ints.append(b ? 1 : 0); doubles.append(b ? 1 : 0)
                default: throw BuiltinError("Tensor: expected numbers, got \(v.typeName)")
                }
                return
            }
            guard case let .array(items) = v, items.count == dims[depth] else {
                throw BuiltinError("Tensor: expected a rectangular nested array of shape \(dims), got a ragged one at depth \(depth)")
            }
            for item in items { try walk(item, depth + 1) }
        }
        try walk(value, 0)
        if allInt && !doubles.isEmpty && !requiresGrad {
            return TensorObject(indices: try IndexTensor(ints, shape: dims))
        }
        return TensorObject(try Tensor(doubles, shape: dims, requiresGrad: requiresGrad))
    }

    /// A Float32 value as the Double of its shortest decimal form, so `Tensor([0.1]).item()` is 0.1,
    /// not 0.10000000149011612 (numpy prints float32 the same way). The two differ by less than
    /// the Float32's own rounding.
    static func decimal(_ value: Float) -> Double {
        guard value.isFinite else { return Double(value) }
        return Double(String(describing: value)) ?? Double(value)
    }

    /// The nested-array form of a tensor (`tolist()`): Doubles, or Ints for an integer tensor.
    static func list(_ object: TensorObject) -> Value {
        let t = object.tensor
        func element(_ offset: Int) -> Value {
            if let idx = object.indices { return .int(idx.values[offset]) }
            return .double(decimal(t.storage[offset]))
        }
        func build(_ dim: Int, _ offset: Int) -> Value {
            if dim == t.rank { return element(offset) }
            let stride = t.shape.strides[dim]
            return .array((0..<t.shape[dim]).map { build(dim + 1, offset + $0 * stride) })
        }
        return build(0, 0)
    }

    /// Indices for a lookup (`emb(idx)`, `crossEntropyLoss`, `t[idx]`): an integer tensor, an
    /// `[Int]` array or one Int (rank 0).
    /// - Throws: `TensorError.dtypeMismatch` naming `op` and the shape for a Float tensor.
    static func indices(_ value: Value, op: String) throws -> IndexTensor {
        switch value {
        case let .host(h as TensorObject):
            if let idx = h.indices { return idx }
            throw TensorError.dtypeMismatch(op: op, expected: "an Int index tensor or [Int]",
                                            got: "a Float tensor of shape \(h.tensor.shape)")
        case let .int(i):
            return try IndexTensor([i], shape: [])
        case let .array(items):
            var ints: [Int] = []
            ints.reserveCapacity(items.count)
            for item in items {
                guard case let .int(i) = item else {
                    throw TensorError.dtypeMismatch(op: op, expected: "an Int index tensor or [Int]", got: "an array holding \(item.typeName)")
                }
                ints.append(i)
            }
            return IndexTensor(ints)
        default:
            throw TensorError.dtypeMismatch(op: op, expected: "an Int index tensor or [Int]", got: value.typeName)
        }
    }

    /// A shape from `[Int]` or from variadic Ints.
    static func dims(_ values: [Value], op: String) throws -> [Int] {
        var items = values
        if values.count == 1, case let .array(inner) = values[0] { items = inner }
        return try items.map {
            guard case let .int(i) = $0 else { throw BuiltinError("\(op): expected a shape of Int sizes, got \($0.typeName)") }
            return i
        }
    }

    /// The Float tensor of a value (a tensor, or a number as a rank-0 tensor), for ops that
    /// accept either.
    static func floatTensor(_ value: Value, op: String) throws -> Tensor {
        switch value {
        case let .host(h as TensorObject): return h.tensor
        case let .int(i): return Tensor(scalar: Float(i))
        case let .double(d): return Tensor(scalar: Float(d))
        default: throw BuiltinError("\(op): expected a Tensor, got \(value.typeName)")
        }
    }

    /// Wraps an op result.
    static func wrap(_ t: Tensor) -> Value { .host(TensorObject(t)) }

    /// A fresh engine generator drawn from the session's seeded generator, so tensor randomness
    /// follows the notebook's seed (and a cell's `seed` option) without sharing state types.
    static func generator(_ c: BuiltinContext) -> RandomGenerator { RandomGenerator(seed: c.random.next()) }
}

extension BuiltinArguments {
    /// The tensor object passed as `name`.
    func tensorObject(_ name: String) throws -> TensorObject {
        if case let .host(h as TensorObject) = value(name) { return h }
        throw mismatch(name, expected: "Tensor")
    }

    /// The Float view of the tensor passed as `name`.
    func tensor(_ name: String) throws -> Tensor { try tensorObject(name).tensor }

    /// A Float from a number argument.
    func float(_ name: String) throws -> Float { Float(try double(name)) }

    /// An optional number (nil when omitted or nil).
    func optionalFloat(_ name: String) throws -> Float? {
        if value(name).isNil { return nil }
        return try float(name)
    }
}

extension TensorError {
    /// The same error naming `op` as the cell wrote it (`Embedding`, `*`) instead of the engine's
    /// internal op (`gatherRows`, `mul`).
    func relabeled(_ op: String) -> TensorError {
        switch self {
        case let .shapeMismatch(_, a, b): return .shapeMismatch(op: op, a, b)
        case let .indexOutOfRange(_, i, n): return .indexOutOfRange(op: op, index: i, size: n)
        case let .dimensionOutOfRange(_, d, r): return .dimensionOutOfRange(op: op, dim: d, rank: r)
        case let .rankMismatch(_, e, g): return .rankMismatch(op: op, expected: e, got: g)
        case let .dtypeMismatch(_, e, g): return .dtypeMismatch(op: op, expected: e, got: g)
        case let .memoryBudgetExceeded(_, s, b, r, g): return .memoryBudgetExceeded(op: op, shape: s, bytes: b, resident: r, budget: g)
        default: return self
        }
    }
}

/// Runs an engine call, renaming the op in its errors (see `TensorError.relabeled`).
func naming<T>(_ op: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as TensorError { throw e.relabeled(op) }
}
