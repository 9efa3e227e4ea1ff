/// Elementwise functions. Each backward multiplies the output gradient by the local derivative,
/// written from the input `x` and/or the output `y` of the forward.
extension Tensor {
    /// Builds an elementwise op: `forward(x)`, and `derivative(x, y)` = dy/dx at each element.
    private func unary(
        _ op: String, _ forward: (Float) -> Float,
        derivative: @escaping (_ x: Float, _ y: Float) -> Float
    ) -> Tensor {
        let x = storage
        let y = x.map(forward)
        return Tensor.record(op, shape: shape, storage: y, inputs: [self]) { g, _ in
            var dx = [Float](repeating: 0, count: x.count)
            for i in 0..<x.count { dx[i] = g.storage[i] * derivative(x[i], y[i]) }
            return [.dense(Tensor(shape: g.shape, storage: dx))]
        }
    }

    /// eˣ. Backward: y = exp(x) → dx = g·y.
    public func exp() -> Tensor { unary("exp", { _expf($0) }, derivative: { _, y in y }) }

    /// Natural log (log of 0 is -inf, of a negative number nan, as PyTorch). Backward: dx = g/x.
    public func log() -> Tensor { unary("log", { _logf($0) }, derivative: { x, _ in 1 / x }) }

    /// Square root (nan below 0). Backward: y = √x → dx = g·0.5/y.
    public func sqrt() -> Tensor { unary("sqrt", { $0.squareRoot() }, derivative: { _, y in 0.5 / y }) }

    /// xᵖ for a scalar exponent (PyTorch `pow(x, p)`). Backward: dx = g·p·x^(p−1).
    public func pow(_ p: Float) -> Tensor {
        if p == 2 { return unary("pow", { $0 * $0 }, derivative: { x, _ in 2 * x }) }
        return unary("pow", { _powf($0, p) }, derivative: { x, _ in p == 0 ? 0 : p * _powf(x, p - 1) })
    }

    /// The logistic function 1/(1+e⁻ˣ), computed without overflow for large |x|.
    /// Backward: y = σ(x) → dx = g·y·(1−y).
    public func sigmoid() -> Tensor {
        unary("sigmoid", Tensor.sigmoid, derivative: { _, y in y * (1 - y) })
    }

    /// Numerically stable σ(x).
    static func sigmoid(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + _expf(-x)) }
        let e = _expf(x)
        return e / (1 + e)
    }

    /// max(x, 0). Backward: dx = g where x > 0, else 0 (PyTorch's choice at 0).
    public func relu() -> Tensor { unary("relu", { $0 > 0 ? $0 : 0 }, derivative: { x, _ in x > 0 ? 1 : 0 }) }

    /// Hyperbolic tangent. Backward: y = tanh(x) → dx = g·(1−y²).
    public func tanh() -> Tensor { unary("tanh", { _tanhf($0) }, derivative: { _, y in 1 - y * y }) }

    /// Limits each value to [min, max] (either bound optional, PyTorch `clamp`).
    /// Backward: dx = g where min ≤ x ≤ max, else 0 (PyTorch's `clamp_backward`).
    /// - Throws: `TensorError.invalidArgument` when min > max.
    public func clamp(min lo: Float? = nil, max hi: Float? = nil) throws -> Tensor {
        if let lo, let hi, lo > hi {
            throw TensorError.invalidArgument(op: "clamp", reason: "min <= max, got \(lo) and \(hi)")
        }
        let low = lo ?? -.infinity
        let high = hi ?? .infinity
        return unary(
            "clamp", { Swift.min(Swift.max($0, low), high) },
            derivative: { x, _ in x >= low && x <= high ? 1 : 0 })
    }

    /// |x|. Backward: dx = g·sign(x) (0 at 0, as PyTorch).
    public func abs() -> Tensor {
        unary("abs", { Swift.abs($0) }, derivative: { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) })
    }
}
