/// Elementwise arithmetic with numpy broadcasting: + − × ÷ and negation.
/// Each backward sums the output gradient back down to the input's shape.
extension Tensor {
    /// `self + other`, broadcasting. - Throws: `TensorError.shapeMismatch` ("add").
    public func add(_ other: Tensor) throws -> Tensor {
        let (shape, out) = try Broadcast.apply(self, other, op: "add") { $0 + $1 }
        let (a, b) = (self.shape, other.shape)
        // d(a+b)/da = 1, d(a+b)/db = 1
        return Tensor.record("add", shape: shape, storage: out, inputs: [self, other]) { g, needs in
            [needs[0] ? .dense(g.reduced(to: a)) : nil, needs[1] ? .dense(g.reduced(to: b)) : nil]
        }
    }

    /// `self - other`, broadcasting. - Throws: `TensorError.shapeMismatch` ("sub").
    public func sub(_ other: Tensor) throws -> Tensor {
        let (shape, out) = try Broadcast.apply(self, other, op: "sub") { $0 - $1 }
        let (a, b) = (self.shape, other.shape)
        // d(a-b)/da = 1, d(a-b)/db = -1
        return Tensor.record("sub", shape: shape, storage: out, inputs: [self, other]) { g, needs in
            [
                needs[0] ? .dense(g.reduced(to: a)) : nil,
                needs[1] ? .dense(g.map { -$0 }.reduced(to: b)) : nil,
            ]
        }
    }

    /// `self * other` elementwise, broadcasting. - Throws: `TensorError.shapeMismatch` ("mul").
    public func mul(_ other: Tensor) throws -> Tensor {
        let (shape, out) = try Broadcast.apply(self, other, op: "mul") { $0 * $1 }
        // d(a*b)/da = b, d(a*b)/db = a
        return Tensor.record("mul", shape: shape, storage: out, inputs: [self, other]) { [self, other] g, needs in
            [
                needs[0] ? .dense(try g.mul(other).reduced(to: self.shape)) : nil,
                needs[1] ? .dense(try g.mul(self).reduced(to: other.shape)) : nil,
            ]
        }
    }

    /// `self / other` elementwise, broadcasting (IEEE: x/0 is ±inf or nan, as PyTorch).
    /// - Throws: `TensorError.shapeMismatch` ("div").
    public func div(_ other: Tensor) throws -> Tensor {
        let (shape, out) = try Broadcast.apply(self, other, op: "div") { $0 / $1 }
        // d(a/b)/da = 1/b, d(a/b)/db = -a/b²
        return Tensor.record("div", shape: shape, storage: out, inputs: [self, other]) { [self, other] g, needs in
            [
                needs[0] ? .dense(try g.div(other).reduced(to: self.shape)) : nil,
                needs[1]
                    ? .dense(
                        try Broadcast.applyTensor(try g.mul(self), other, op: "div backward") { -$0 / ($1 * $1) }
                            .reduced(to: other.shape)) : nil,
            ]
        }
    }

    /// `-self`.
    public func neg() -> Tensor {
        Tensor.record("neg", shape: shape, storage: storage.map { -$0 }, inputs: [self]) { g, _ in
            [.dense(g.map { -$0 })]
        }
    }

    /// Elementwise map without autodiff (engine-internal helper for backward rules).
    func map(_ f: (Float) -> Float) -> Tensor {
        Tensor(shape: shape, storage: storage.map(f))
    }

    // Operators (throwing, so shape errors surface as `TensorError`).
    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try a.add(b) }
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try a.sub(b) }
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try a.mul(b) }
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try a.div(b) }
    public static prefix func - (a: Tensor) -> Tensor { a.neg() }

    // Tensor–scalar forms: the scalar is a rank-0 constant, so broadcasting never fails.
    public static func + (a: Tensor, s: Float) -> Tensor { a.scalarOp(s, .add) }
    public static func + (s: Float, a: Tensor) -> Tensor { a.scalarOp(s, .add) }
    public static func - (a: Tensor, s: Float) -> Tensor { a.scalarOp(-s, .add) }
    public static func - (s: Float, a: Tensor) -> Tensor { a.neg().scalarOp(s, .add) }
    public static func * (a: Tensor, s: Float) -> Tensor { a.scalarOp(s, .mul) }
    public static func * (s: Float, a: Tensor) -> Tensor { a.scalarOp(s, .mul) }
    public static func / (a: Tensor, s: Float) -> Tensor { a.scalarOp(1 / s, .mul) }
    public static func / (s: Float, a: Tensor) -> Tensor {
        // d(s/x)/dx = -s/x²
        let x = a
        return Tensor.record("rdiv", shape: a.shape, storage: a.storage.map { s / $0 }, inputs: [a]) { g, _ in
            [.dense(Tensor(shape: x.shape, storage: zip(g.storage, x.storage).map { -$0 * s / ($1 * $1) }))]
        }
    }

    enum ScalarOp { case add, mul }

    /// `self + s` or `self * s` with a scalar constant.
    func scalarOp(_ s: Float, _ kind: ScalarOp) -> Tensor {
        switch kind {
        case .add:
            // d(x+s)/dx = 1
            return Tensor.record("add", shape: shape, storage: storage.map { $0 + s }, inputs: [self]) { g, _ in [.dense(g)] }
        case .mul:
            // d(x*s)/dx = s
            return Tensor.record("mul", shape: shape, storage: storage.map { $0 * s }, inputs: [self]) { g, _ in
                [.dense(g.map { $0 * s })]
            }
        }
    }
}

extension Broadcast {
    /// `apply` packaged as a tensor (no autodiff), for backward rules.
    static func applyTensor(_ a: Tensor, _ b: Tensor, op: String, _ f: (Float, Float) -> Float) throws -> Tensor {
        let (s, v) = try apply(a, b, op: op, f)
        return Tensor(shape: s, storage: v)
    }
}
