// Layers and models in cells (PyTorch's `torch.nn`): the library's layers `Embedding`, `Linear`,
// `Dropout`, `ReLU`, `Sigmoid`, `Tanh` and `Sequential` (host objects over the engine's modules,
// Sources/Tensors/NN), and the `Module` base class of models written in cells
// (`class Net: Module { … func callAsFunction(…) -> Tensor }`), whose parameters are found from
// its stored properties.
//
// `Module` is an ordinary class of the module's source (so cells subclass it and override its
// methods); its host methods walk the instance's stored values in declaration order (a
// superclass's first): tensors that require gradients, the library's layers, nested modules,
// and arrays and optionals of them.

import CellCore
import Reporting
import Tensors

/// A layer of the engine held by a cell (`Embedding`, `Linear`, …).
final class LayerObject: CellDisplayable, CustomStringConvertible {
    let module: Tensors.Module
    /// PyTorch-like summary, e.g. `Linear(100, 10)`.
    let summary: String

    init(_ module: Tensors.Module, summary: String) {
        self.module = module
        self.summary = summary
    }

    var description: String { summary }
    var reportOutput: ReportOutput { .text(summary) }

    /// The engine's Embedding as a cell's `Embedding` (the collab model's tables).
    static func embedding(_ e: Embedding) -> LayerObject {
        LayerObject(e, summary: "Embedding(\(e.weight.shape[0]), \(e.weight.shape[1]))")
    }
}

enum NNBindings {
    static let source = """
        /// The base of models written in cells (PyTorch's `nn.Module`): subclass it, store layers,
        /// tensors and other modules in properties, and give it a `callAsFunction`. Its
        /// `parameters()` are found in the stored properties, in declaration order.
        class Module {
            /// True in training mode (the default), false after `eval()`. PyTorch: `training`.
            var training: Bool = true
            /// The tensors that require gradients in the stored properties, in declaration order,
            /// each once: tensors, the library's layers, nested modules, and arrays and optionals of
            /// them. PyTorch: `parameters()`.
            func parameters() -> [Tensor]
            /// Sets training mode (dropout on) on this model and every layer and module it holds.
            /// PyTorch: `train()`.
            func train(_ on: Bool = true) {
                training = on
                trainChildren(on)
            }
            /// Sets evaluation mode (dropout off) on the whole model. PyTorch: `eval()`.
            func eval() { train(false) }
            /// Drops the gradient of every parameter. PyTorch: `zero_grad()`.
            func zeroGrad() { for p in parameters() { p.zeroGrad() } }
            /// Sets the mode of the layers and modules in the stored properties (what `train(_:)`
            /// does after setting its own flag).
            func trainChildren(_ on: Bool)
        }

        /// The library's layers (host objects over the engine's modules): callable with a tensor.
        class Layer: CustomStringConvertible {
            /// True in training mode (the default). PyTorch: `training`.
            var training: Bool { get }
            /// The layer's tensors that require gradients. PyTorch: `parameters()`.
            func parameters() -> [Tensor]
            /// Sets training mode (dropout on). PyTorch: `train()`.
            func train(_ on: Bool = true)
            /// Sets evaluation mode (dropout off). PyTorch: `eval()`.
            func eval()
            /// Drops every parameter's gradient. PyTorch: `zero_grad()`.
            func zeroGrad()
            /// Applies the layer. An Embedding takes an Int tensor of row indices; the others a
            /// Float tensor.
            func callAsFunction(_ input: Tensor) -> Tensor
            /// PyTorch's summary: `Linear(100, 10)`.
            var description: String { get }
        }

        /// A table of `count` rows of `dimension` values, initialised N(0, 1) from the run's seeded
        /// generator; call it with row indices. PyTorch: `nn.Embedding(num_embeddings, embedding_dim)`.
        final class Embedding: Layer {
            init(_ count: Int, _ dimension: Int)
            /// The table, (count, dimension) (shared: in-place changes such as `uniform(_:_:)`
            /// change the layer). PyTorch: `weight`.
            var weight: Tensor { get }
            /// The rows at the indices, (indices.count, dimension).
            func callAsFunction(_ indices: [Int]) -> Tensor
            /// One row, (dimension).
            func callAsFunction(_ index: Int) -> Tensor
        }

        /// y = x·Wᵀ + b with W (out, in) and b (out), both initialised U(±1/√in) from the run's
        /// seeded generator. PyTorch: `nn.Linear`.
        final class Linear: Layer {
            init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true)
            /// W, (outFeatures, inFeatures). PyTorch: `weight`.
            var weight: Tensor { get }
            /// b, (outFeatures), or nil. PyTorch: `bias`.
            var bias: Tensor? { get }
        }

        /// Inverted dropout: in training mode zeroes each element with probability p (draws from
        /// the run's seeded generator) and scales the rest by 1/(1−p); the identity after
        /// `eval()`. PyTorch: `nn.Dropout`.
        final class Dropout: Layer {
            init(_ p: Double = 0.5)
            /// The probability of zeroing an element.
            var p: Double { get }
        }

        /// max(x, 0) as a layer. PyTorch: `nn.ReLU`.
        final class ReLU: Layer {
            init()
        }

        /// 1/(1+e^−x) as a layer. PyTorch: `nn.Sigmoid`.
        final class Sigmoid: Layer {
            init()
        }

        /// tanh as a layer. PyTorch: `nn.Tanh`.
        final class Tanh: Layer {
            init()
        }

        /// Applies single-input layers in order. PyTorch: `nn.Sequential`.
        final class Sequential: Layer {
            init(_ layers: Layer...)
            init(_ layers: [Layer])
        }
        """

    static var module: LibraryModule {
        var f: [String: HostFunction] = [:]
        layers(&f)
        modules(&f)
        return LibraryModule(
            name: "NN", source: source,
            hostTypes: ["Layer", "Embedding", "Linear", "Dropout", "ReLU", "Sigmoid", "Tanh", "Sequential"], functions: f)
    }

    static func layer(_ call: HostCall, _ i: Int? = nil) -> LayerObject { call.object(i, as: LayerObject.self) }

    // MARK: - Layers

    static func layers(_ f: inout [String: HostFunction]) {
        f["Embedding.init(Int,Int)"] = { call in
            let (n, d) = (call.int(0), call.int(1))
            let g = TensorConversion.generator(call)
            return .host(LayerObject(try engine("Embedding") { try Embedding(count: n, dimension: d, using: g) }, summary: "Embedding(\(n), \(d))"))
        }
        f["Linear.init(Int,Int,bias:Bool)"] = { call in
            let (i, o, b) = (call.int(0), call.int(1), call.bool(2))
            let g = TensorConversion.generator(call)
            return .host(
                LayerObject(
                    try engine("Linear") { try Linear(inFeatures: i, outFeatures: o, bias: b, using: g) },
                    summary: "Linear(\(i), \(o)\(b ? "" : ", bias: false"))"))
        }
        f["Dropout.init(Double)"] = { call in
            let p = call.double(0)
            let g = TensorConversion.generator(call)
            return .host(LayerObject(try engine("Dropout", argument: 0) { try Dropout(p: Float(p), using: g) }, summary: "Dropout(\(p))"))
        }
        f["ReLU.init()"] = { _ in .host(LayerObject(ReLU(), summary: "ReLU()")) }
        f["Sigmoid.init()"] = { _ in .host(LayerObject(Sigmoid(), summary: "Sigmoid()")) }
        f["Tanh.init()"] = { _ in .host(LayerObject(Tanh(), summary: "Tanh()")) }
        let sequential: HostFunction = { call in
            var layers: [Tensors.Module & Tensors.Layer] = []
            var names: [String] = []
            for v in call.arguments[0].asArray {
                guard case .host(let h as LayerObject) = v, let l = h.module as? (Tensors.Module & Tensors.Layer) else {
                    throw HostError("Sequential: expected single-input layers (Linear, ReLU, Dropout, Sigmoid, Tanh, Sequential), got \(v)", argument: 0)
                }
                layers.append(l)
                names.append(h.summary)
            }
            return .host(LayerObject(Sequential(layers), summary: "Sequential(\(names.joined(separator: ", ")))"))
        }
        f["Sequential.init(Layer...)"] = sequential
        f["Sequential.init([Layer])"] = sequential

        f["Layer.training"] = { call in .bool(layer(call).module.isTraining) }
        f["Layer.description"] = { call in .string(layer(call).summary) }
        f["Layer.parameters()"] = { call in .array(layer(call).module.parameters().map(TensorConversion.wrap)) }
        f["Layer.train(Bool)"] = { call in
            layer(call).module.train(call.bool(0))
            return .void
        }
        f["Layer.eval()"] = { call in
            layer(call).module.eval()
            return .void
        }
        f["Layer.zeroGrad()"] = { call in
            layer(call).module.zeroGrad()
            return .void
        }
        f["Layer.callAsFunction(Tensor)"] = { call in
            let l = layer(call)
            let input = call.tensorObject(0)
            if let e = l.module as? Embedding {
                let idx = try TensorConversion.indices(input, op: "Embedding", argument: 0)
                return TensorConversion.wrap(try engine("Embedding", argument: 0) { try e(idx) })
            }
            if let lin = l.module as? Linear, input.tensor.rank == 0 || input.tensor.shape[input.tensor.rank - 1] != lin.weight.shape[1] {
                throw HostError(
                    TensorError.invalidArgument(
                        op: l.summary, reason: "an input whose last size is \(lin.weight.shape[1]), got shape \(input.tensor.shape)"
                    ).description, argument: 0)
            }
            guard let fn = l.module as? Tensors.Layer else { throw HostError("\(l.summary) cannot be called") }
            return TensorConversion.wrap(try engine(l.summary.prefix { $0 != "(" }.description) { try fn(input.tensor) })
        }
        f["Embedding.weight"] = { call in
            guard let e = layer(call).module as? Embedding else { preconditionFailure("interpreter bug: not an Embedding") }
            return TensorConversion.wrap(e.weight)
        }
        f["Embedding.callAsFunction([Int])"] = { call in
            guard let e = layer(call).module as? Embedding else { preconditionFailure("interpreter bug: not an Embedding") }
            return TensorConversion.wrap(try engine("Embedding", argument: 0) { try e(IndexTensor(call.ints(0))) })
        }
        f["Embedding.callAsFunction(Int)"] = { call in
            guard let e = layer(call).module as? Embedding else { preconditionFailure("interpreter bug: not an Embedding") }
            return TensorConversion.wrap(try engine("Embedding", argument: 0) { try e(IndexTensor([call.int(0)], shape: [])) })
        }
        f["Linear.weight"] = { call in
            guard let l = layer(call).module as? Linear else { preconditionFailure("interpreter bug: not a Linear") }
            return TensorConversion.wrap(l.weight)
        }
        f["Linear.bias"] = { call in
            guard let l = layer(call).module as? Linear else { preconditionFailure("interpreter bug: not a Linear") }
            return .optional(l.bias.map(TensorConversion.wrap))
        }
        f["Dropout.p"] = { call in
            guard let d = layer(call).module as? Dropout else { preconditionFailure("interpreter bug: not a Dropout") }
            return .double(Double(d.p))
        }
    }

    // MARK: - Module (cell models)

    static func modules(_ f: inout [String: HostFunction]) {
        f["Module.parameters()"] = { call in .array(parameters(of: call.receiver, call).map(TensorConversion.wrap)) }
        f["Module.trainChildren(Bool)"] = { call in
            let on = call.bool(0)
            var visited: Set<ObjectIdentifier> = []
            for v in storedValues(call.receiver) {
                try visitChildren(v, call, &visited) { child in
                    switch child {
                    case .host(let l as LayerObject): l.module.train(on)
                    case .object: _ = try call.callMethod("train", on: child, [.bool(on)])
                    default: break
                    }
                }
            }
            return .void
        }
    }

    static func storedValues(_ v: Value) -> [Value] {
        guard case .object(let o) = v else { return [] }
        return o.storedValues
    }

    /// Calls `body` with each layer and module instance reachable from `value` through arrays,
    /// dictionaries and optionals (not through the modules themselves).
    static func visitChildren(
        _ value: Value, _ call: HostCall, _ visited: inout Set<ObjectIdentifier>, _ body: (Value) throws -> Void
    ) throws {
        switch value {
        case .host(let l as LayerObject):
            guard visited.insert(ObjectIdentifier(l)).inserted else { return }
            try body(value)
        case .object(let o) where call.hasMethod("trainChildren", on: value):
            guard visited.insert(ObjectIdentifier(o)).inserted else { return }
            try body(value)
        case .array(let items): for i in items { try visitChildren(i, call, &visited, body) }
        case .dictionary(let d): for i in d.values { try visitChildren(i, call, &visited, body) }
        default: break
        }
    }

    /// The parameters of a cell module, in stored-property order, each tensor once.
    static func parameters(of value: Value, _ call: HostCall) -> [Tensor] {
        var result: [Tensor] = []
        var seen: Set<ObjectIdentifier> = []
        var visited: Set<ObjectIdentifier> = []
        func add(_ t: Tensor) {
            if t.requiresGrad, seen.insert(ObjectIdentifier(t)).inserted { result.append(t) }
        }
        func visit(_ v: Value) {
            switch v {
            case .host(let h as TensorObject): add(h.tensor)
            case .host(let h as LayerObject): h.module.parameters().forEach(add)
            case .object(let o) where call.hasMethod("trainChildren", on: v):
                guard visited.insert(ObjectIdentifier(o)).inserted else { return }
                o.storedValues.forEach(visit)
            case .array(let items): items.forEach(visit)
            case .dictionary(let d): d.values.forEach(visit)
            default: break
            }
        }
        visit(value)
        return result
    }
}
