/// Activation layers and `Sequential` (PyTorch `nn.ReLU`, `nn.Sigmoid`, `nn.Tanh`, `nn.Sequential`).
public final class ReLU: Module, Layer {
    public override init() { super.init() }
    public func callAsFunction(_ input: Tensor) throws -> Tensor { input.relu() }
}

public final class Sigmoid: Module, Layer {
    public override init() { super.init() }
    public func callAsFunction(_ input: Tensor) throws -> Tensor { input.sigmoid() }
}

public final class Tanh: Module, Layer {
    public override init() { super.init() }
    public func callAsFunction(_ input: Tensor) throws -> Tensor { input.tanh() }
}

/// Applies layers in order. Parameters are named `layers.<i>.<name>`.
public final class Sequential: Module, Layer {
    public let layers: [Module]

    /// Every element must be a `Layer`; pass modules that conform.
    public init(_ layers: [Module & Layer]) {
        self.layers = layers
        super.init()
    }

    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        var x = input
        for case let layer as Layer in layers { x = try layer(x) }
        return x
    }
}
