import Tensors

/// One optimizer step with PyTorch's dense-embedding semantics, without allocating a dense
/// gradient per parameter per step.
///
/// An embedding lookup's backward gives a row-sparse gradient; PyTorch (`sparse=False`) would
/// hold it as a dense tensor, zero outside the batch's rows, and Adam/SGD with weight decay or
/// momentum update **every** element at every step (lesson5-spec §3.11). `Optimizer.step()` does
/// exactly that by densifying into a fresh zeroed array; this keeps one zeroed buffer per
/// parameter instead: scatter-add the rows in, run the optimizer's fused sweep over the buffer,
/// then zero just those rows again. Same arithmetic as `step()` (tested), less memory traffic.
public final class DenseGradientStep {
    private let optimizer: Optimizer
    private var buffers: [[Float]]

    /// Buffers for every parameter of `optimizer` (its parameters' sizes, zeroed).
    public init(_ optimizer: Optimizer) {
        self.optimizer = optimizer
        buffers = optimizer.parameters.map { [Float](repeating: 0, count: $0.count) }
    }

    /// Updates every parameter that has a gradient (as `Optimizer.step()`), with subnormals flushed.
    public func step() {
        FloatingPointEnvironment.withFlushToZero {
            for (k, p) in optimizer.parameters.enumerated() {
                guard let g = p.gradient else { continue }
                switch g {
                case .dense:
                    optimizer.update(k, p, g)
                case .rowSparse(let sparse):
                    sparse.scatterAdd(into: &buffers[k])
                    optimizer.update(k, p, .dense(buffers[k]))
                    clear(rows: sparse.rows, width: sparse.width, in: &buffers[k])
                }
            }
        }
    }

    /// Zeroes `rows` (each in range: they came from a checked lookup) of a (·, width) table.
    private func clear(rows: [Int64], width: Int, in buffer: inout [Float]) {
        buffer.withUnsafeMutableBufferPointer { b in
            for r in rows {
                let start = Int(r) * width
                for f in start..<(start + width) { b[f] = 0 }
            }
        }
    }
}
