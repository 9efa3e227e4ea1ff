// Optimizers in cells (PyTorch's `torch.optim`): `SGD`, `Adam`, `AdamW` over a model's
// `parameters()`, with `zeroGrad()`, `step()` and `setLR(_:)`. The update rules are the
// engine's (Sources/Tensors/Optim; lesson5-spec.md §3.11 gives PyTorch 0.3's formulas).

import CellCore
import Reporting
import Tensors

/// An optimizer of the engine held by a cell.
final class OptimizerObject: CellDisplayable, CustomStringConvertible {
    let typeName: String
    let optimizer: Optimizer

    init(_ typeName: String, _ optimizer: Optimizer) {
        self.typeName = typeName
        self.optimizer = optimizer
    }

    var description: String { "\(typeName)(\(optimizer.parameters.count) parameters, lr: \(optimizer.learningRate))" }
    var reportOutput: ReportOutput { .text(description) }
}

enum OptimBindings {
    static let source = """
        /// What the optimizers share: a learning rate and a step over their parameters.
        class Optimizer: CustomStringConvertible {
            /// The current learning rate.
            var lr: Double { get }
            /// Drops every parameter's gradient. PyTorch: `zero_grad()`.
            func zeroGrad()
            /// Updates every parameter that has a gradient (one fused sweep each). PyTorch: `step()`.
            func step()
            /// Sets the learning rate for the following steps, keeping all other state (momentum,
            /// moments, step counts). fastai: `set_lrs`.
            func setLR(_ lr: Double)
            /// `SGD(2 parameters, lr: 0.1)`.
            var description: String { get }
        }

        /// Stochastic gradient descent: d = g + wd·p; buf = d on the first step, else
        /// μ·buf + (1−dampening)·d; p −= lr·buf (nesterov: p −= lr·(d + μ·buf)). PyTorch: `optim.SGD`.
        final class SGD: Optimizer {
            init(_ parameters: [Tensor], lr: Double, momentum: Double = 0, dampening: Double = 0,
                 weightDecay: Double = 0, nesterov: Bool = false)
        }

        /// Adam with L2 weight decay added to the gradient (g + wd·p); eps is added to the
        /// uncorrected √v (PyTorch 0.3). PyTorch: `optim.Adam`.
        final class Adam: Optimizer {
            init(_ parameters: [Tensor], lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                 eps: Double = 1e-8, weightDecay: Double = 0)
        }

        /// Adam with decoupled weight decay (p −= lr·wd·p before the Adam step). PyTorch: `optim.AdamW`.
        final class AdamW: Optimizer {
            init(_ parameters: [Tensor], lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                 eps: Double = 1e-8, weightDecay: Double = 0.01)
        }
        """

    static func optimizer(_ call: HostCall, _ i: Int? = nil) -> OptimizerObject { call.object(i, as: OptimizerObject.self) }

    static var module: LibraryModule {
        var f: [String: HostFunction] = [:]
        f["SGD.init([Tensor],lr:Double,momentum:Double,dampening:Double,weightDecay:Double,nesterov:Bool)"] = { call in
            let ps = try parameters(call)
            return .host(
                OptimizerObject(
                    "SGD",
                    try engine("SGD") {
                        try SGD(
                            parameters: ps, lr: call.double(1), momentum: call.double(2), dampening: call.double(3),
                            weightDecay: call.double(4), nesterov: call.bool(5))
                    }))
        }
        let adamArguments = "[Tensor],lr:Double,beta1:Double,beta2:Double,eps:Double,weightDecay:Double"
        f["Adam.init(\(adamArguments))"] = { call in
            let ps = try parameters(call)
            return .host(
                OptimizerObject(
                    "Adam",
                    try engine("Adam") {
                        try Adam(
                            parameters: ps, lr: call.double(1), beta1: call.double(2), beta2: call.double(3), eps: call.double(4),
                            weightDecay: call.double(5))
                    }))
        }
        f["AdamW.init(\(adamArguments))"] = { call in
            let ps = try parameters(call)
            return .host(
                OptimizerObject(
                    "AdamW",
                    try engine("AdamW") {
                        try AdamW(
                            parameters: ps, lr: call.double(1), beta1: call.double(2), beta2: call.double(3), eps: call.double(4),
                            weightDecay: call.double(5))
                    }))
        }
        f["Optimizer.lr"] = { call in .double(optimizer(call).optimizer.learningRate) }
        f["Optimizer.description"] = { call in .string(optimizer(call).description) }
        f["Optimizer.zeroGrad()"] = { call in
            optimizer(call).optimizer.zeroGrad()
            return .void
        }
        f["Optimizer.step()"] = { call in
            optimizer(call).optimizer.step()
            return .void
        }
        f["Optimizer.setLR(Double)"] = { call in
            try engine("setLR", argument: 0) { try optimizer(call).optimizer.setLR(call.double(0)) }
            return .void
        }
        return LibraryModule(name: "Optim", source: source, hostTypes: ["Optimizer", "SGD", "Adam", "AdamW"], functions: f)
    }

    /// The Float tensors of argument 0.
    static func parameters(_ call: HostCall) throws -> [Tensor] {
        try call.arguments[0].asArray.map { v in
            guard case .host(let h as TensorObject) = v, h.indices == nil else {
                throw HostError("expected Float tensors (a model's parameters()), got an Int tensor", argument: 0)
            }
            return h.tensor
        }
    }
}
