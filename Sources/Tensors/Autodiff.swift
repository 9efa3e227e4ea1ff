import Synchronization

/// The tape: every op run while grad mode is on and some input requires gradients records a
/// `GraphNode` on its output, stamped with a global sequence number in execution order. The
/// tape of a loss is the set of nodes it was computed from, ordered by that number, so
/// `backward()` is a reverse loop over it. Nodes live as long as the tensors that reference them
/// (no global list to clear; an evaluation done without `withNoGrad` leaks nothing).
final class GraphNode {
    /// Position on the tape (execution order).
    let sequence: Int
    /// The op's name, for error messages.
    let op: String
    /// The op's tensor inputs, in the order of the gradients `backward` returns.
    let inputs: [Tensor]
    /// Given the gradient of the output and which inputs need a gradient, returns one gradient
    /// per input (nil when not needed). Runs with grad mode off.
    let backward: (_ gradOutput: Tensor, _ needs: [Bool]) throws -> [InputGradient?]

    init(
        sequence: Int, op: String, inputs: [Tensor],
        backward: @escaping (_ gradOutput: Tensor, _ needs: [Bool]) throws -> [InputGradient?]
    ) {
        self.sequence = sequence
        self.op = op
        self.inputs = inputs
        self.backward = backward
    }
}

/// A gradient returned by a backward rule for one input.
enum InputGradient {
    /// A dense gradient with exactly the input's shape.
    case dense(Tensor)
    /// A row-sparse gradient of a rank-2 input (embedding lookups).
    case rowSparse(RowSparseGradient)
}

private let tapeCounter = Atomic<Int>(0)

extension Tensor {
    /// Creates an op's output and, when grad mode is on and an input requires gradients, records
    /// the op on the tape with its backward rule. Every differentiable op goes through here.
    static func record(
        _ op: String, shape: Shape, storage: [Float], inputs: [Tensor],
        backward: @escaping (_ gradOutput: Tensor, _ needs: [Bool]) throws -> [InputGradient?]
    ) -> Tensor {
        let out = Tensor(shape: shape, storage: storage)
        if GradMode.enabled, inputs.contains(where: { $0.requiresGrad }) {
            out.requiresGrad = true
            let seq = tapeCounter.wrappingAdd(1, ordering: .relaxed).oldValue
            out.node = GraphNode(sequence: seq, op: op, inputs: inputs, backward: backward)
        }
        return out
    }

    /// Computes the gradient of this scalar with respect to every leaf that requires gradients,
    /// adding it (`+=`) to each leaf's `grad` (PyTorch `loss.backward()`).
    ///
    /// A reverse sweep over the tape; each gradient's shape is checked against its tensor's.
    /// Interior gradients are not kept (as PyTorch without `retain_grad`). The graph is kept, so
    /// calling `backward()` twice accumulates twice.
    /// - Throws: `TensorError.backwardFromNonScalar` when this tensor has more than one element,
    ///   `.backwardWithoutGraph` when it does not require gradients,
    ///   `.gradientShapeMismatch` if a backward rule returns a wrongly shaped gradient.
    public func backward() throws {
        guard count == 1 else { throw TensorError.backwardFromNonScalar(shape) }
        guard requiresGrad else { throw TensorError.backwardWithoutGraph }
        let seed = Gradient.dense([1])
        guard node != nil else {
            accumulateLeaf(seed)
            return
        }
        // Collect the recorded nodes this tensor depends on, then order them as the tape did.
        var tape: [(sequence: Int, tensor: Tensor, node: GraphNode)] = []
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(self)]
        var stack: [Tensor] = [self]
        while let t = stack.popLast() {
            guard let n = t.node else { continue }
            tape.append((n.sequence, t, n))
            for input in n.inputs where input.requiresGrad && input.node != nil {
                if seen.insert(ObjectIdentifier(input)).inserted { stack.append(input) }
            }
        }
        tape.sort { $0.sequence > $1.sequence }

        var pending: [ObjectIdentifier: Gradient] = [ObjectIdentifier(self): seed]
        try GradMode.withNoGrad {
            for entry in tape {
                guard let g = pending.removeValue(forKey: ObjectIdentifier(entry.tensor)) else { continue }
                let gradOut = Tensor(shape: entry.tensor.shape, storage: g.denseValues(count: entry.tensor.count))
                let needs = entry.node.inputs.map(\.requiresGrad)
                let grads = try entry.node.backward(gradOut, needs)
                for (input, ig) in zip(entry.node.inputs, grads) where input.requiresGrad {
                    guard let ig else { continue }
                    let gradient = try Tensor.validated(ig, for: input, op: entry.node.op)
                    if input.node != nil {
                        let key = ObjectIdentifier(input)
                        pending[key] = pending[key].map { $0.adding(gradient, count: input.count) } ?? gradient
                    } else {
                        input.accumulateLeaf(gradient)
                    }
                }
            }
        }
    }

    private func accumulateLeaf(_ g: Gradient) {
        gradient = gradient.map { $0.adding(g, count: count) } ?? g
    }

    /// Checks a backward rule's gradient against its input's shape (the one invariant the tape checks; docs/architecture.md).
    private static func validated(_ ig: InputGradient, for input: Tensor, op: String) throws -> Gradient {
        switch ig {
        case .dense(let t):
            guard t.shape == input.shape else {
                throw TensorError.gradientShapeMismatch(op: op, expected: input.shape, got: t.shape)
            }
            return .dense(t.storage)
        case .rowSparse(let s):
            guard input.rank == 2, s.width == input.shape[1] else {
                throw TensorError.gradientShapeMismatch(
                    op: op, expected: input.shape, got: Shape(validated: [s.rows.count, s.width]))
            }
            return .rowSparse(s)
        }
    }
}
