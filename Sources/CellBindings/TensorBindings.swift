// Tensors in cells (PyTorch's names in Swift case, with PyTorch's semantics), bound through the
// registry API. Stub: the Tensor type only; its builtins are being ported from
// Sources/CellRuntime/Builtins/Tensor*.swift.

import CellCore
import Reporting
import Tensors

/// A tensor held by a cell: a Float32 `Tensor`, or an integer index tensor (PyTorch's int64) for
/// embedding lookups and cross-entropy targets. An integer tensor keeps its exact `indices` and
/// a Float view in `tensor` (exact below 2²⁴).
final class TensorObject: CellDisplayable, CustomStringConvertible {
    /// The values (for an integer tensor, the indices converted to Float32).
    let tensor: Tensor
    /// The exact indices of an integer tensor; nil for a Float tensor.
    let indices: IndexTensor?

    init(_ tensor: Tensor) {
        self.tensor = tensor
        self.indices = nil
    }

    init(indices: IndexTensor) {
        self.indices = indices
        self.tensor = indices.floatTensor
    }

    var reportOutput: ReportOutput { .text(description) }
    var description: String { "Tensor(shape: \(tensor.shape))" }
}

enum TensorBindings {
    static let source = """
        /// An n-dimensional array of Float32 (or Int) values with autodiff (PyTorch's Tensor).
        final class Tensor {}
        """

    static var module: LibraryModule {
        LibraryModule(name: "Tensors", source: source, hostTypes: ["Tensor"], functions: [:])
    }
}
