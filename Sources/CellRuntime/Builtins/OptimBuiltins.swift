import CellLanguage
import Tensors

/// Optimizers in cells (PyTorch `torch.optim`): `SGD`, `Adam`, `AdamW` over a model's
/// `parameters()`, with `zeroGrad()`, `step()` and `setLR(_:)`. The update rules are the engine's
/// (Sources/Tensors/Optim; lesson5-spec.md §3.11 gives PyTorch 0.3's formulas).
public enum OptimBuiltins {
    typealias P = BuiltinParameter

    public static var table: BuiltinTable {
        var methods: [String: [BuiltinFunction]] = [:]
        var properties: [String: [BuiltinProperty]] = [:]
        for type in ["SGD", "Adam", "AdamW"] {
            methods[type] = members
            properties[type] = [
                BuiltinProperty("lr", "Double", doc: "The current learning rate.") { r, _ in .double(try optimizer(r).optimizer.learningRate) },
            ]
        }
        return BuiltinTable(domain: "Optim", functions: constructors, methods: methods, properties: properties)
    }

    private static var constructors: [BuiltinFunction] {
        [
            BuiltinFunction("SGD", [P(nil, "parameters", "[Tensor]"), P("lr", "lr", "Double"), P("momentum", "momentum", "Double", default: .double(0)),
                                    P("dampening", "dampening", "Double", default: .double(0)), P("weightDecay", "weightDecay", "Double", default: .double(0)),
                                    P("nesterov", "nesterov", "Bool", default: .bool(false))],
                            returns: "SGD",
                            doc: "Stochastic gradient descent: d = g + wd·p; buf = d on the first step, else μ·buf + (1−dampening)·d; p −= lr·buf. PyTorch: `optim.SGD`.") { _, a, _ in
                let ps = try parameters(a)
                return .host(OptimizerObject("SGD", try SGD(parameters: ps, lr: try a.double("lr"), momentum: try a.double("momentum"),
                                                            dampening: try a.double("dampening"), weightDecay: try a.double("weightDecay"),
                                                            nesterov: try a.bool("nesterov"))))
            },
            adamLike("Adam", defaultDecay: 0,
                     doc: "Adam with L2 weight decay added to the gradient (g + wd·p); eps is added to the uncorrected √v (PyTorch 0.3). PyTorch: `optim.Adam`.") { ps, lr, b1, b2, eps, wd in
                try Adam(parameters: ps, lr: lr, beta1: b1, beta2: b2, eps: eps, weightDecay: wd)
            },
            adamLike("AdamW", defaultDecay: 0.01,
                     doc: "Adam with decoupled weight decay (p −= lr·wd·p before the Adam step). PyTorch: `optim.AdamW`.") { ps, lr, b1, b2, eps, wd in
                try AdamW(parameters: ps, lr: lr, beta1: b1, beta2: b2, eps: eps, weightDecay: wd)
            },
        ]
    }

    private static func adamLike(_ name: String, defaultDecay: Double, doc: String,
                                 _ make: @escaping @Sendable ([Tensor], Double, Double, Double, Double, Double) throws -> Optimizer) -> BuiltinFunction {
        BuiltinFunction(name, [P(nil, "parameters", "[Tensor]"), P("lr", "lr", "Double", default: .double(1e-3)),
                               P("beta1", "beta1", "Double", default: .double(0.9)), P("beta2", "beta2", "Double", default: .double(0.999)),
                               P("eps", "eps", "Double", default: .double(1e-8)), P("weightDecay", "weightDecay", "Double", default: .double(defaultDecay))],
                        returns: name, doc: doc) { _, a, _ in
            let ps = try parameters(a)
            return .host(OptimizerObject(name, try make(ps, try a.double("lr"), try a.double("beta1"), try a.double("beta2"),
                                                        try a.double("eps"), try a.double("weightDecay"))))
        }
    }

    private static var members: [BuiltinFunction] {
        [
            BuiltinFunction("zeroGrad", returns: "Void", doc: "Drops every parameter's gradient. PyTorch: `zero_grad()`.") { r, _, _ in
                try optimizer(r).optimizer.zeroGrad()
                return .void
            },
            BuiltinFunction("step", returns: "Void", doc: "Updates every parameter that has a gradient (one fused sweep each). PyTorch: `step()`.") { r, _, _ in
                try optimizer(r).optimizer.step()
                return .void
            },
            BuiltinFunction("setLR", [P(nil, "lr", "Double")], returns: "Void",
                            doc: "Sets the learning rate for the following steps, keeping all other state (momentum, moments, step counts). fastai: `set_lrs`.") { r, a, _ in
                try optimizer(r).optimizer.setLR(try a.double("lr"))
                return .void
            },
        ]
    }

    private static func parameters(_ a: BuiltinArguments) throws -> [Tensor] {
        try a.array("parameters").map { v in
            guard case let .host(h as TensorObject) = v, h.indices == nil else {
                throw a.error("parameters", "expected Float tensors (a model's parameters()), got \(v.typeName == "Tensor" ? "an Int tensor" : v.typeName)")
            }
            return h.tensor
        }
    }

    static func optimizer(_ value: Value) throws -> OptimizerObject {
        guard case let .host(h as OptimizerObject) = value else { throw BuiltinError("expected an optimizer, got \(value.typeName)") }
        return h
    }
}

/// An optimizer of the engine held by a cell.
public final class OptimizerObject: HostObject {
    public let typeName: String
    public let optimizer: Optimizer

    init(_ typeName: String, _ optimizer: Optimizer) { self.typeName = typeName; self.optimizer = optimizer }

    public func display() -> DisplayValue {
        .text("\(typeName)(\(optimizer.parameters.count) parameters, lr: \(optimizer.learningRate))")
    }
}
