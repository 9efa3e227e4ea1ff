// The tensor a cell holds, its text form (PyTorch's repr in Swift dress), and the conversions
// between cell values and tensors that the tensor, NN, optimizer, metrics and collab bindings share.

import CellCore
import Reporting
import Tensors

/// A tensor held by a cell: a Float32 `Tensor`, or an integer index tensor (PyTorch's int64) for
/// embedding lookups and cross-entropy targets. An integer tensor keeps its exact `indices` and
/// a Float view in `tensor` (exact below 2²⁴), so arithmetic and display work on both kinds;
/// arithmetic results are Float tensors.
final class TensorObject: CellDisplayable, CustomStringConvertible {
    /// The values (for an integer tensor, the indices converted to Float32).
    let tensor: Tensor
    /// The exact indices of an integer tensor; nil for a Float tensor.
    let indices: IndexTensor?

    /// Wraps a Float tensor (shares it: in-place changes are seen by every holder).
    init(_ tensor: Tensor) {
        self.tensor = tensor
        self.indices = nil
    }

    /// Wraps an integer index tensor.
    init(indices: IndexTensor) {
        self.indices = indices
        self.tensor = indices.floatTensor
    }

    /// "Int" for an index tensor, "Float" otherwise.
    var dtype: String { indices == nil ? "Float" : "Int" }

    var reportOutput: ReportOutput { .text(description) }
    var description: String { TensorFormat.describe(self, elide: true) }
}

/// The text form of a tensor, PyTorch's repr in Swift dress:
/// `Tensor([[2.0, 4.0], [30.0, 40.0]], shape: [2, 2])`; integer tensors add `dtype: .int`,
/// parameters `requiresGrad: true`. Tensors of more than `elisionThreshold` elements show the
/// first and last `edgeItems` entries of each dimension around `…` (PyTorch's summarisation,
/// threshold 1000 and edge items 3 there).
enum TensorFormat {
    /// Tensors with more elements than this are elided.
    static let elisionThreshold = 100
    /// Entries kept at each end of an elided dimension.
    static let edgeItems = 3
    /// One-line forms longer than this break rank ≥ 2 tensors into one row per line.
    static let lineWidth = 100

    static func describe(_ object: TensorObject, elide: Bool) -> String {
        let t = object.tensor
        let summarise = elide && t.count > elisionThreshold
        func element(_ offset: Int) -> String {
            if let idx = object.indices { return String(idx.values[offset]) }
            return t.storage[offset].description
        }
        func render(_ dim: Int, _ offset: Int, separator: String) -> String {
            if dim == t.rank { return element(offset) }
            let n = t.shape[dim]
            let stride = t.shape.strides[dim]
            var parts: [String] = []
            if summarise && n > 2 * edgeItems {
                for i in 0..<edgeItems { parts.append(render(dim + 1, offset + i * stride, separator: separator)) }
                parts.append("…")
                for i in (n - edgeItems)..<n { parts.append(render(dim + 1, offset + i * stride, separator: separator)) }
            } else {
                for i in 0..<n { parts.append(render(dim + 1, offset + i * stride, separator: separator)) }
            }
            return "[" + parts.joined(separator: dim + 1 == t.rank ? ", " : separator) + "]"
        }
        var body = t.count == 0 && t.rank > 0 ? "[]" : render(0, 0, separator: ", ")
        var suffix = ", shape: \(t.shape)"
        if object.indices != nil { suffix += ", dtype: .int" }
        if t.requiresGrad { suffix += ", requiresGrad: true" }
        if t.rank >= 2, "Tensor(".count + body.count + suffix.count > lineWidth {
            body = render(0, 0, separator: ",\n        ")
        }
        return "Tensor(" + body + suffix + ")"
    }
}

/// Conversions between cell values and tensors.
enum TensorConversion {
    /// A tensor from a number or nested arrays of numbers (rank ≤ 3), given the static type of the
    /// argument: Int elements give an integer tensor, Double and Float elements a Float32 one.
    /// - Throws: `HostError` naming the ragged depth.
    static func tensor(from value: Value, requiresGrad: Bool = false) throws -> TensorObject {
        var dims: [Int] = []
        var probe = value
        while case .array(let items) = probe {
            dims.append(items.count)
            guard let first = items.first else { break }
            probe = first
        }
        var doubles: [Double] = []
        var ints: [Int] = []
        var isInt = true
        func walk(_ v: Value, _ depth: Int) throws {
            if depth == dims.count {
                switch v {
                case .int(let i): ints.append(i)
                case .double(let d):
                    isInt = false
                    doubles.append(d)
                case .float(let f):
                    isInt = false
                    doubles.append(Double(f))
                default: preconditionFailure("interpreter bug: a Tensor element is \(v)")
                }
                return
            }
            guard case .array(let items) = v, items.count == dims[depth] else {
                throw HostError(
                    "Tensor: expected a rectangular nested array of shape \(dims), got a ragged one at depth \(depth)",
                    argument: 0)
            }
            for item in items { try walk(item, depth + 1) }
        }
        try walk(value, 0)
        // An empty array has no elements to say its kind: Float, as `torch.tensor([])`.
        if isInt && !ints.isEmpty {
            return TensorObject(indices: try engine("Tensor") { try IndexTensor(ints, shape: dims) })
        }
        return TensorObject(try engine("Tensor") { try Tensor(doubles, shape: dims, requiresGrad: requiresGrad) })
    }

    /// A Float32 value as the Double of its shortest decimal form, so `Tensor([0.1]).item()` is 0.1,
    /// not 0.10000000149011612 (numpy prints float32 the same way). The two differ by less than
    /// the Float32's own rounding.
    static func decimal(_ value: Float) -> Double {
        guard value.isFinite else { return Double(value) }
        return Double(String(describing: value)) ?? Double(value)
    }

    /// The nested-array form of a tensor for `tolist()`, of the static type `type` the context
    /// asked for: `Double`, `Float` or `Int` nested as deep as the tensor's rank. The element type
    /// must be the tensor's (Int for an integer tensor, Double or Float for a Float tensor).
    /// - Throws: `HostError` saying what the tensor holds when `type` does not fit it.
    static func list(_ object: TensorObject, as type: SwiftType, op: String) throws -> Value {
        var depth = 0
        var element = type
        while let s = element.symbol, s.name == "Array", let e = element.genericArguments.first {
            depth += 1
            element = e.resolved
        }
        let t = object.tensor
        let name = element.symbol?.name ?? "\(element)"
        let fits = object.indices != nil ? name == "Int" : (name == "Double" || name == "Float")
        guard depth == t.rank, fits else {
            let nested = (0..<t.rank).reduce(object.indices != nil ? "Int" : "Double") { inner, _ in "[\(inner)]" }
            throw HostError(
                "\(op): a \(object.dtype) tensor of shape \(t.shape) gives \(nested), not \(type); "
                    + "annotate the result, e.g. `let xs: \(nested) = t.\(op)()`")
        }
        func leaf(_ offset: Int) -> Value {
            if let idx = object.indices { return .int(idx.values[offset]) }
            if name == "Float" { return .float(t.storage[offset]) }
            return .double(decimal(t.storage[offset]))
        }
        func build(_ dim: Int, _ offset: Int) -> Value {
            if dim == t.rank { return leaf(offset) }
            let stride = t.shape.strides[dim]
            return .array((0..<t.shape[dim]).map { build(dim + 1, offset + $0 * stride) })
        }
        return build(0, 0)
    }

    /// Indices for a lookup (`emb(idx)`, `crossEntropyLoss`, `t[idx]`) from an integer tensor.
    /// - Throws: `HostError` naming `op` and the shape for a Float tensor.
    static func indices(_ object: TensorObject, op: String, argument: Int? = nil) throws -> IndexTensor {
        if let idx = object.indices { return idx }
        throw HostError(
            "\(op): expected an Int index tensor or [Int], got a Float tensor of shape \(object.tensor.shape)",
            argument: argument)
    }

    /// Wraps an op result.
    static func wrap(_ t: Tensor) -> Value { .host(TensorObject(t)) }

    /// A fresh engine generator drawn from the run's seeded generator, so tensor randomness
    /// follows the notebook's seed (and a cell's `seed` option).
    static func generator(_ call: HostCall) -> RandomGenerator { RandomGenerator(seed: call.state.random.next()) }
}

extension HostCall {
    /// The tensor passed as argument `i` (or the receiver for nil).
    func tensorObject(_ i: Int?) -> TensorObject { object(i, as: TensorObject.self) }
    /// The Float view of the tensor passed as argument `i` (or the receiver for nil).
    func tensor(_ i: Int?) -> Tensor { tensorObject(i).tensor }
    /// Argument `i` (a Double) as a Float32.
    func float(_ i: Int) -> Float { Float(double(i)) }
    /// An optional Double argument as a Float32.
    func optionalFloat(_ i: Int) -> Float? { optional(i).map { Float($0.asDouble) } }
}

extension TensorError {
    /// The same error naming `op` as the cell wrote it (`Embedding`, `*`) instead of the engine's
    /// internal op (`gatherRows`, `mul`).
    func relabeled(_ op: String) -> TensorError {
        switch self {
        case .shapeMismatch(_, let a, let b): return .shapeMismatch(op: op, a, b)
        case .indexOutOfRange(_, let i, let n): return .indexOutOfRange(op: op, index: i, size: n)
        case .dimensionOutOfRange(_, let d, let r): return .dimensionOutOfRange(op: op, dim: d, rank: r)
        case .rankMismatch(_, let e, let g): return .rankMismatch(op: op, expected: e, got: g)
        case .dtypeMismatch(_, let e, let g): return .dtypeMismatch(op: op, expected: e, got: g)
        case .memoryBudgetExceeded(_, let s, let b, let r, let g):
            return .memoryBudgetExceeded(op: op, shape: s, bytes: b, resident: r, budget: g)
        default: return self
        }
    }
}

/// Runs an engine call, turning its errors into `HostError`s (the cell stops at the call, or at
/// `argument`); with `op`, a `TensorError` names the op as the cell wrote it.
func engine<T>(_ op: String? = nil, argument: Int? = nil, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as TensorError {
        throw HostError((op.map { e.relabeled($0) } ?? e).description, argument: argument)
    } catch {
        throw hostError(error, argument: argument)
    }
}

/// An engine's error (CollabError, PCAError, ALSError, …) as the `HostError` a cell stops with,
/// in the engine's words.
func hostError(_ error: any Error, argument: Int? = nil) -> HostError {
    switch error {
    case let e as HostError: return e
    case let e as CustomStringConvertible: return HostError(e.description, argument: argument)
    default: return HostError("\(error)", argument: argument)
    }
}
