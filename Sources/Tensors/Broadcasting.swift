/// numpy broadcasting (as PyTorch): align shapes at the right; each pair of sizes must be equal
/// or one of them 1; the result takes the larger. Gradients flow back by summing over the
/// broadcast dimensions (`reduced(_:to:)`).
enum Broadcast {
    /// The broadcast shape of `a` and `b`, or `TensorError.shapeMismatch` naming `op`.
    static func shape(_ a: Shape, _ b: Shape, op: String) throws -> Shape {
        if a == b { return a }
        let rank = max(a.rank, b.rank)
        var dims = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let da = i < rank - a.rank ? 1 : a[i - (rank - a.rank)]
            let db = i < rank - b.rank ? 1 : b[i - (rank - b.rank)]
            guard da == db || da == 1 || db == 1 else { throw TensorError.shapeMismatch(op: op, a, b) }
            dims[i] = da == 1 ? db : da
        }
        return Shape(validated: dims)
    }

    /// For each element of `output` (row-major), the offset of the element of `input` that
    /// broadcasts onto it. `input` must broadcast to `output`.
    static func offsets(from input: Shape, to output: Shape) -> [Int] {
        let rank = output.rank
        let pad = rank - input.rank
        let inStrides = input.strides
        var strides = [Int](repeating: 0, count: rank)
        for i in 0..<input.rank where input[i] != 1 { strides[pad + i] = inStrides[i] }
        let n = output.count
        var result = [Int](repeating: 0, count: n)
        guard n > 0 else { return result }
        var counter = [Int](repeating: 0, count: rank)
        var offset = 0
        for flat in 0..<n {
            result[flat] = offset
            // Advance the row-major counter, updating the offset incrementally.
            var d = rank - 1
            while d >= 0 {
                counter[d] += 1
                offset += strides[d]
                if counter[d] < output[d] { break }
                offset -= strides[d] * counter[d]
                counter[d] = 0
                d -= 1
            }
        }
        return result
    }

    /// `values` (of shape `output`) broadcast-expanded from `input`: the forward of broadcasting.
    static func expand(_ values: [Float], from input: Shape, to output: Shape) -> [Float] {
        if input == output { return values }
        if input.count == 1 { return [Float](repeating: values[0], count: output.count) }
        let offs = offsets(from: input, to: output)
        return offs.map { values[$0] }
    }

    /// `values` (of shape `output`) summed down to `input`: the backward of broadcasting.
    static func reduced(_ values: [Float], from output: Shape, to input: Shape) -> [Float] {
        if input == output { return values }
        if input.count == 1 {
            var s: Float = 0
            for v in values { s += v }
            return [s]
        }
        var result = [Float](repeating: 0, count: input.count)
        let offs = offsets(from: input, to: output)
        for i in 0..<values.count { result[offs[i]] += values[i] }
        return result
    }

    /// Applies `f` elementwise to `a` and `b` broadcast together.
    static func apply(_ a: Tensor, _ b: Tensor, op: String, _ f: (Float, Float) -> Float) throws -> (Shape, [Float]) {
        let shape = try Broadcast.shape(a.shape, b.shape, op: op)
        let n = shape.count
        var out = [Float](repeating: 0, count: n)
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                out.withUnsafeMutableBufferPointer { po in
                    if a.shape == b.shape {
                        for i in 0..<n { po[i] = f(pa[i], pb[i]) }
                    } else if b.count == 1 && a.count == n {
                        let y = pb[0]
                        for i in 0..<n { po[i] = f(pa[i], y) }
                    } else if a.count == 1 && b.count == n {
                        let x = pa[0]
                        for i in 0..<n { po[i] = f(x, pb[i]) }
                    } else {
                        let oa = offsets(from: a.shape, to: shape)
                        let ob = offsets(from: b.shape, to: shape)
                        for i in 0..<n { po[i] = f(pa[oa[i]], pb[ob[i]]) }
                    }
                }
            }
        }
        return (shape, out)
    }
}

extension Tensor {
    /// The sum of this tensor down to `target` (a shape it was broadcast from).
    func reduced(to target: Shape) -> Tensor {
        Tensor(shape: target, storage: Broadcast.reduced(storage, from: shape, to: target))
    }

    /// This tensor broadcast up to `target` (PyTorch `expand` + `contiguous`), differentiable.
    /// - Throws: `TensorError.shapeMismatch` when it does not broadcast to `target`.
    public func expanded(to dims: [Int]) throws -> Tensor {
        let target = try Shape(dims)
        guard try Broadcast.shape(shape, target, op: "expand") == target else {
            throw TensorError.shapeMismatch(op: "expand", shape, target)
        }
        let source = shape
        return Tensor.record(
            "expand", shape: target, storage: Broadcast.expand(storage, from: source, to: target),
            inputs: [self]
        ) { g, _ in [.dense(g.reduced(to: source))] }
    }
}
