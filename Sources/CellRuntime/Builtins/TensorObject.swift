import Tensors

/// A tensor held by a cell: a Float32 `Tensor`, or an integer index tensor (PyTorch's int64
/// "LongTensor") for embedding lookups and cross-entropy targets.
///
/// Builtins of other domains return tensors to cells by wrapping them: `.host(TensorObject(t))`.
/// An integer tensor keeps its exact `indices` and also a Float view in `tensor` (exact below
/// 2²⁴), so arithmetic and display work on both kinds; arithmetic results are Float tensors.
public final class TensorObject: HostObject {
    /// The values (for an integer tensor, the indices converted to Float32).
    public let tensor: Tensor
    /// The exact indices of an integer tensor; nil for a Float tensor.
    public let indices: IndexTensor?

    /// Wraps a Float tensor (shares it: in-place changes are seen by every holder).
    public init(_ tensor: Tensor) {
        self.tensor = tensor
        self.indices = nil
    }

    /// Wraps an integer index tensor.
    public init(indices: IndexTensor) {
        self.indices = indices
        self.tensor = indices.floatTensor
    }

    /// "Int" for an index tensor, "Float" otherwise (shown in display and error messages).
    public var dtype: String { indices == nil ? "Float" : "Int" }

    public var typeName: String { "Tensor" }

    public func display() -> DisplayValue { .text(TensorFormat.describe(self, elide: true)) }

    public var textDescription: String { TensorFormat.describe(self, elide: true) }
}

/// The text form of a tensor, PyTorch's repr in Swift dress:
/// `Tensor([[2.0, 4.0], [30.0, 40.0]], shape: [2, 2])`; integer tensors add `dtype: .int`,
/// parameters `requiresGrad: true`. Tensors of more than `elisionThreshold` elements show the
/// first and last `edgeItems` entries of each dimension around `…` (PyTorch's summarisation,
/// threshold 1000 and edge items 3 there).
public enum TensorFormat {
    /// Tensors with more elements than this are elided.
    public static let elisionThreshold = 100
    /// Entries kept at each end of an elided dimension.
    public static let edgeItems = 3
    /// One-line forms longer than this break rank ≥ 2 tensors into one row per line.
    static let lineWidth = 100

    public static func describe(_ object: TensorObject, elide: Bool) -> String {
        let t = object.tensor
        let summarise = elide && t.count > elisionThreshold
        let isInt = object.indices != nil
        func element(_ offset: Int) -> String {
            if let idx = object.indices { return String(idx.values[offset]) }
            return format(t.storage[offset])
        }
        func render(_ dim: Int, _ offset: Int, separator: String) -> String {
            if dim == t.rank { return element(offset) }
            let n = t.shape[dim]
            let stride = t.shape.strides[dim]
            var parts: [String] = []
            let inner = dim + 1 == t.rank ? ", " : separator
            if summarise && n > 2 * edgeItems {
                for i in 0..<edgeItems { parts.append(render(dim + 1, offset + i * stride, separator: separator)) }
                parts.append("…")
                for i in (n - edgeItems)..<n { parts.append(render(dim + 1, offset + i * stride, separator: separator)) }
            } else {
                for i in 0..<n { parts.append(render(dim + 1, offset + i * stride, separator: separator)) }
            }
            return "[" + parts.joined(separator: dim + 1 == t.rank ? ", " : inner) + "]"
        }
        var body = t.count == 0 && t.rank > 0 ? "[]" : render(0, 0, separator: ", ")
        var suffix = ", shape: \(t.shape)"
        if isInt { suffix += ", dtype: .int" }
        if t.requiresGrad { suffix += ", requiresGrad: true" }
        if t.rank >= 2, "Tensor(".count + body.count + suffix.count > lineWidth {
            body = render(0, 0, separator: ",\n        ")
        }
        return "Tensor(" + body + suffix + ")"
    }

    /// A Float32 value in Swift's shortest round-trip form (`2.0`, `0.1`, `1e-05`, `nan`).
    public static func format(_ x: Float) -> String { x.description }
}
