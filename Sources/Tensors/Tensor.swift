/// A tensor: Float32 values in contiguous row-major storage with a `Shape` of rank 0 to 4.
///
/// A reference type, like a PyTorch tensor: it is also the node of the autodiff graph. A leaf
/// with `requiresGrad == true` (a parameter) accumulates its gradient in `grad` on `backward()`;
/// a tensor computed by an op from inputs that require gradients records that op (see
/// Autodiff.swift) unless computed inside `GradMode.withNoGrad`.
public final class Tensor {
    /// The shape (rank 0...4).
    public let shape: Shape
    /// The values, row-major, `shape.count` of them. Mutated in place only by optimizers and
    /// in-place initialisers (`uniform_`, `normal_`, `fill_`).
    public internal(set) var storage: [Float]
    /// Whether gradients flow to this tensor. Set it on leaves (parameters); for op results the
    /// engine sets it (true when an input requires gradients and grad mode is on).
    public var requiresGrad: Bool
    /// The op that produced this tensor, when recorded for autodiff (nil for leaves).
    var node: GraphNode?
    /// The accumulated gradient of a leaf, dense or row-sparse (see Gradient.swift).
    public internal(set) var gradient: Gradient?

    /// Creates a tensor over values already known to match the shape (engine-internal).
    init(shape: Shape, storage: [Float], requiresGrad: Bool = false) {
        precondition(storage.count == shape.count, "engine bug: storage/shape mismatch")
        self.shape = shape
        self.storage = storage
        self.requiresGrad = requiresGrad
    }

    /// Creates a tensor of the given shape from row-major values.
    /// - Throws: `TensorError.invalidShape` when the shape is invalid or `values.count` differs
    ///   from the number of elements it implies.
    public convenience init(_ values: [Float], shape dims: [Int], requiresGrad: Bool = false) throws {
        let shape = try Shape(dims)
        guard shape.count == values.count else {
            throw TensorError.invalidShape(dims, reason: "\(shape.count) values for this shape, got \(values.count)")
        }
        self.init(shape: shape, storage: values, requiresGrad: requiresGrad)
    }

    /// Creates a tensor of the given shape from row-major Double values (converted to Float32).
    public convenience init(_ values: [Double], shape dims: [Int], requiresGrad: Bool = false) throws {
        try self.init(values.map { Float($0) }, shape: dims, requiresGrad: requiresGrad)
    }

    /// A rank-1 tensor of the values (shape `[values.count]`).
    public convenience init(_ values: [Float], requiresGrad: Bool = false) {
        self.init(shape: Shape(validated: [values.count]), storage: values, requiresGrad: requiresGrad)
    }

    /// A rank-1 tensor of the Double values converted to Float32.
    public convenience init(_ values: [Double], requiresGrad: Bool = false) {
        self.init(values.map { Float($0) }, requiresGrad: requiresGrad)
    }

    /// A rank-2 tensor from rows; throws `TensorError.invalidShape` when rows differ in length.
    public convenience init(_ rows: [[Double]], requiresGrad: Bool = false) throws {
        let width = rows.first?.count ?? 0
        for row in rows where row.count != width {
            throw TensorError.invalidShape([rows.count, width], reason: "rows of equal length \(width), got a row of \(row.count)")
        }
        try self.init(rows.flatMap { $0 }, shape: [rows.count, width], requiresGrad: requiresGrad)
    }

    /// A rank-3 tensor from nested arrays; throws `TensorError.invalidShape` when ragged.
    public convenience init(_ planes: [[[Double]]], requiresGrad: Bool = false) throws {
        let rows = planes.first?.count ?? 0
        let width = planes.first?.first?.count ?? 0
        for plane in planes {
            guard plane.count == rows, plane.allSatisfy({ $0.count == width }) else {
                throw TensorError.invalidShape([planes.count, rows, width], reason: "a rectangular nested array")
            }
        }
        try self.init(planes.flatMap { $0.flatMap { $0 } }, shape: [planes.count, rows, width], requiresGrad: requiresGrad)
    }

    /// A rank-0 tensor holding one value.
    public convenience init(scalar: Float, requiresGrad: Bool = false) {
        self.init(shape: .scalar, storage: [scalar], requiresGrad: requiresGrad)
    }

    /// Number of elements.
    public var count: Int { storage.count }
    /// Number of dimensions.
    public var rank: Int { shape.rank }
    /// True when this tensor is a leaf (not produced by a recorded op).
    public var isLeaf: Bool { node == nil }

    /// The values as Doubles, row-major.
    public var doubles: [Double] { storage.map(Double.init) }

    /// The dense gradient accumulated by `backward()` (row-sparse gradients are densified here),
    /// or nil when none has been accumulated since the last `zeroGrad()`.
    public var grad: Tensor? {
        guard let g = gradient else { return nil }
        return Tensor(shape: shape, storage: g.denseValues(count: shape.count))
    }

    /// Drops the accumulated gradient (PyTorch `zero_grad(set_to_none=True)`).
    public func zeroGrad() { gradient = nil }

    /// A copy that shares no graph: same values and shape, `requiresGrad == false`
    /// (PyTorch `detach()`; the storage is copied on write).
    public func detached() -> Tensor { Tensor(shape: shape, storage: storage) }
}

extension Tensor: CustomStringConvertible {
    /// PyTorch-like text: `tensor([[1.0000, 2.0000], ...])`, at most 6 entries per dimension.
    public var description: String {
        func fmt(_ x: Float) -> String {
            if x.isNaN { return "nan" }
            if x.isInfinite { return x > 0 ? "inf" : "-inf" }
            let d = Double(x)
            let r = (d * 10000).rounded() / 10000
            var s = String(r)
            if let dot = s.firstIndex(of: "."), !s.contains("e") {
                let decimals = s.distance(from: dot, to: s.endIndex) - 1
                if decimals < 4 { s += String(repeating: "0", count: 4 - decimals) }
            }
            return s
        }
        func render(_ dim: Int, _ offset: Int) -> String {
            if dim == shape.rank { return fmt(storage[offset]) }
            let n = shape[dim]
            let stride = shape.strides[dim]
            var parts: [String] = []
            if n > 6 {
                for i in 0..<3 { parts.append(render(dim + 1, offset + i * stride)) }
                parts.append("...")
                for i in (n - 3)..<n { parts.append(render(dim + 1, offset + i * stride)) }
            } else {
                for i in 0..<n { parts.append(render(dim + 1, offset + i * stride)) }
            }
            let sep = dim == shape.rank - 1 ? ", " : ",\n" + String(repeating: " ", count: 8 + dim)
            return "[" + parts.joined(separator: sep) + "]"
        }
        let body = shape.count == 0 ? "[]" : render(0, 0)
        return "tensor(" + body + (requiresGrad ? ", requiresGrad: true" : "") + ")"
    }
}
