import CellLanguage
import Tensors

/// Layers and models in cells (PyTorch `torch.nn`): `Embedding`, `Linear`, `Dropout`, `ReLU`,
/// `Sigmoid`, `Tanh`, `Sequential`, and the `Module` base class for models written in cells
/// (`class Net: Module { … func callAsFunction(…) -> Tensor }`), whose parameters are found from
/// its stored properties.
public enum NNBuiltins {
    typealias P = BuiltinParameter

    /// The layer types, each registered under its own type name with the common module members.
    static let layerTypes = ["Embedding", "Linear", "Dropout", "ReLU", "Sigmoid", "Tanh", "Sequential"]

    public static var table: BuiltinTable {
        var methods: [String: [BuiltinFunction]] = [:]
        var properties: [String: [BuiltinProperty]] = [:]
        for type in layerTypes {
            methods[type] = layerMembers + [callLayer]
            properties[type] = [trainingProperty]
        }
        properties["Embedding", default: []] += [weightProperty]
        properties["Linear", default: []] += [weightProperty, biasProperty]
        properties["Dropout", default: []] += [
            BuiltinProperty("p", "Double", doc: "The probability of zeroing an element.") { r, _ in
                .double(Double((try layer(r).module as? Dropout)?.p ?? 0))
            },
        ]
        methods["Module"] = moduleMembers
        properties["Module"] = [
            BuiltinProperty("training", "Bool", doc: "True in training mode (the default), false after `eval()`. PyTorch: `training`.") { r, _ in
                .bool(try ModuleBase.state(r).isTraining)
            },
        ]
        return BuiltinTable(domain: "NN", functions: constructors, methods: methods, properties: properties,
                            baseClasses: [ModuleBase()])
    }

    // MARK: - Constructors

    private static var constructors: [BuiltinFunction] {
        [
            BuiltinFunction("Embedding", [P(nil, "count", "Int"), P(nil, "dimension", "Int")], returns: "Embedding",
                            doc: "A table of `count` rows of `dimension` values, initialised N(0, 1) from the session's generator; call it with an Int tensor or [Int] of row indices. PyTorch: `nn.Embedding(num_embeddings, embedding_dim)`.") { _, a, c in
                let (n, d) = (try a.int("count"), try a.int("dimension"))
                return .host(LayerObject("Embedding", try Embedding(count: n, dimension: d, using: TensorConversion.generator(c)),
                                         summary: "Embedding(\(n), \(d))"))
            },
            BuiltinFunction("Linear", [P(nil, "inFeatures", "Int"), P(nil, "outFeatures", "Int"), P("bias", "bias", "Bool", default: .bool(true))],
                            returns: "Linear",
                            doc: "y = x·Wᵀ + b with W (out, in) and b (out), both initialised U(±1/√in) from the session's generator. PyTorch: `nn.Linear`.") { _, a, c in
                let (i, o, b) = (try a.int("inFeatures"), try a.int("outFeatures"), try a.bool("bias"))
                return .host(LayerObject("Linear", try Linear(inFeatures: i, outFeatures: o, bias: b, using: TensorConversion.generator(c)),
                                         summary: "Linear(\(i), \(o)\(b ? "" : ", bias: false"))"))
            },
            BuiltinFunction("Dropout", [P(nil, "p", "Double", default: .double(0.5))], returns: "Dropout",
                            doc: "Inverted dropout: in training mode zeroes each element with probability p and scales the rest by 1/(1−p); the identity after `eval()`. PyTorch: `nn.Dropout`.") { _, a, c in
                let p = try a.double("p")
                return .host(LayerObject("Dropout", try Dropout(p: Float(p), using: TensorConversion.generator(c)), summary: "Dropout(\(p))"))
            },
            BuiltinFunction("ReLU", returns: "ReLU", doc: "max(x, 0) as a layer. PyTorch: `nn.ReLU`.") { _, _, _ in
                .host(LayerObject("ReLU", ReLU(), summary: "ReLU()"))
            },
            BuiltinFunction("Sigmoid", returns: "Sigmoid", doc: "1/(1+e^−x) as a layer. PyTorch: `nn.Sigmoid`.") { _, _, _ in
                .host(LayerObject("Sigmoid", Sigmoid(), summary: "Sigmoid()"))
            },
            BuiltinFunction("Tanh", returns: "Tanh", doc: "tanh as a layer. PyTorch: `nn.Tanh`.") { _, _, _ in
                .host(LayerObject("Tanh", Tanh(), summary: "Tanh()"))
            },
            BuiltinFunction("Sequential", [P(nil, "layers", "Layer... or [Layer]", variadic: true)], returns: "Sequential",
                            doc: "Applies single-input layers (Linear, ReLU, Dropout, Sigmoid, Tanh, Sequential) in order. PyTorch: `nn.Sequential`.") { _, a, _ in
                var values = a.variadic("layers")
                if values.count == 1, case let .array(inner) = values[0] { values = inner }
                var layers: [Module & Layer] = []
                var names: [String] = []
                for v in values {
                    guard case let .host(h as LayerObject) = v, let l = h.module as? (Module & Layer) else {
                        throw BuiltinError("Sequential: expected single-input layers (Linear, ReLU, Dropout, Sigmoid, Tanh, Sequential), got \(v.typeName)")
                    }
                    layers.append(l)
                    names.append(h.summary)
                }
                return .host(LayerObject("Sequential", Sequential(layers), summary: "Sequential(\(names.joined(separator: ", ")))"))
            },
        ]
    }

    // MARK: - Layer members

    private static var callLayer: BuiltinFunction {
        BuiltinFunction("callAsFunction", [P(nil, "input", "Tensor")], returns: "Tensor",
                        doc: "Applies the layer. An Embedding takes an Int tensor, [Int] or Int of row indices; the others a Float tensor.") { r, a, _ in
            let l = try layer(r)
            if let e = l.module as? Embedding {
                let idx = try TensorConversion.indices(a.value("input"), op: "Embedding")
                return TensorConversion.wrap(try naming("Embedding") { try e(idx) })
            }
            if let lin = l.module as? Linear, case let .host(h as TensorObject) = a.value("input"),
               h.tensor.rank == 0 || h.tensor.shape[h.tensor.rank - 1] != lin.weight.shape[1] {
                throw TensorError.invalidArgument(op: l.summary, reason: "an input whose last size is \(lin.weight.shape[1]), got shape \(h.tensor.shape)")
            }
            guard let f = l.module as? Layer else { throw BuiltinError("\(l.typeName) cannot be called") }
            let x = try a.tensor("input")
            return TensorConversion.wrap(try naming(l.typeName) { try f(x) })
        }
    }

    private static var layerMembers: [BuiltinFunction] {
        [
            BuiltinFunction("parameters", returns: "[Tensor]", doc: "The tensors that require gradients, in declaration order. PyTorch: `parameters()`.") { r, _, _ in
                .array(try layer(r).module.parameters().map(TensorConversion.wrap))
            },
            BuiltinFunction("train", [P(nil, "on", "Bool", default: .bool(true))], returns: "Void", doc: "Sets training mode (dropout on). PyTorch: `train()`.") { r, a, _ in
                try layer(r).module.train(try a.bool("on"))
                return .void
            },
            BuiltinFunction("eval", returns: "Void", doc: "Sets evaluation mode (dropout off). PyTorch: `eval()`.") { r, _, _ in
                try layer(r).module.eval()
                return .void
            },
            BuiltinFunction("zeroGrad", returns: "Void", doc: "Drops every parameter's gradient. PyTorch: `zero_grad()`.") { r, _, _ in
                try layer(r).module.zeroGrad()
                return .void
            },
        ]
    }

    private static var trainingProperty: BuiltinProperty {
        BuiltinProperty("training", "Bool", doc: "True in training mode. PyTorch: `training`.") { r, _ in .bool(try layer(r).module.isTraining) }
    }

    private static var weightProperty: BuiltinProperty {
        BuiltinProperty("weight", "Tensor", doc: "The weight parameter (shared: in-place changes such as `uniform(_:_:)` affect the layer). PyTorch: `weight`.") { r, _ in
            let m = try layer(r).module
            if let e = m as? Embedding { return TensorConversion.wrap(e.weight) }
            if let l = m as? Linear { return TensorConversion.wrap(l.weight) }
            throw BuiltinError("no weight")
        }
    }

    private static var biasProperty: BuiltinProperty {
        BuiltinProperty("bias", "Tensor?", doc: "The bias parameter, or nil. PyTorch: `bias`.") { r, _ in
            guard let l = try layer(r).module as? Linear else { throw BuiltinError("no bias") }
            return l.bias.map(TensorConversion.wrap) ?? .none
        }
    }

    static func layer(_ value: Value) throws -> LayerObject {
        guard case let .host(h as LayerObject) = value else { throw BuiltinError("expected a layer, got \(value.typeName)") }
        return h
    }

    // MARK: - Module (cell models)

    private static var moduleMembers: [BuiltinFunction] {
        [
            BuiltinFunction("parameters", returns: "[Tensor]",
                            doc: "The parameters found in the stored properties, in assignment order, each once: tensors with requiresGrad, layers, nested cell modules, and arrays of them. PyTorch: `parameters()`.") { r, _, _ in
                .array(try ModuleBase.parameters(of: r).map(TensorConversion.wrap))
            },
            BuiltinFunction("train", [P(nil, "on", "Bool", default: .bool(true))], returns: "Void",
                            doc: "Sets training mode on this model and every layer and module in its properties. PyTorch: `train()`.") { r, a, _ in
                try ModuleBase.setTraining(r, try a.bool("on"))
                return .void
            },
            BuiltinFunction("eval", returns: "Void", doc: "Sets evaluation mode (dropout off) on the whole model. PyTorch: `eval()`.") { r, _, _ in
                try ModuleBase.setTraining(r, false)
                return .void
            },
            BuiltinFunction("zeroGrad", returns: "Void", doc: "Drops the gradient of every parameter. PyTorch: `zero_grad()`.") { r, _, _ in
                for p in try ModuleBase.parameters(of: r) { p.zeroGrad() }
                return .void
            },
        ]
    }
}

/// A layer of the engine held by a cell (`Embedding`, `Linear`, …).
public final class LayerObject: HostObject {
    public let typeName: String
    public let module: Module
    /// PyTorch-like summary, e.g. `Linear(100, 10)`.
    let summary: String

    init(_ typeName: String, _ module: Module, summary: String) {
        self.typeName = typeName; self.module = module; self.summary = summary
    }

    public func display() -> DisplayValue { .text(summary) }
    public var textDescription: String { summary }
}

/// The `Module` base of models written in cells (PyTorch `nn.Module`). Its state is the training
/// flag; parameters are found on demand by walking stored properties.
final class ModuleBase: HostBaseClass {
    final class State {
        var isTraining = true
    }

    var name: String { "Module" }

    func makeState(for instance: Instance) -> AnyObject? { State() }

    static func state(_ value: Value) throws -> State {
        guard case let .instance(inst) = value, let s = inst.hostState as? State else {
            throw BuiltinError("expected a Module, got \(value.typeName)")
        }
        return s
    }

    /// Parameters of a cell module, in property assignment order, each tensor once.
    static func parameters(of value: Value) throws -> [Tensor] {
        var result: [Tensor] = []
        var seen: Set<ObjectIdentifier> = []
        var visited: Set<ObjectIdentifier> = []
        func add(_ t: Tensor) {
            if t.requiresGrad, seen.insert(ObjectIdentifier(t)).inserted { result.append(t) }
        }
        func visit(_ v: Value) {
            switch v {
            case let .host(h as TensorObject): add(h.tensor)
            case let .host(h as LayerObject): h.module.parameters().forEach(add)
            case let .instance(inst) where inst.classValue.hostBase is ModuleBase:
                guard visited.insert(ObjectIdentifier(inst)).inserted else { return }
                for name in inst.fieldOrder { if let f = inst.fields[name] { visit(f) } }
            case let .array(items): items.forEach(visit)
            case let .dictionary(d): d.values.forEach(visit)
            default: break
            }
        }
        guard case .instance = value else { throw BuiltinError("expected a Module, got \(value.typeName)") }
        visit(value)
        return result
    }

    /// Sets the mode of a cell module and everything it holds.
    static func setTraining(_ value: Value, _ on: Bool) throws {
        var visited: Set<ObjectIdentifier> = []
        func visit(_ v: Value) {
            switch v {
            case let .host(h as LayerObject): h.module.train(on)
            case let .instance(inst) where inst.classValue.hostBase is ModuleBase:
                guard visited.insert(ObjectIdentifier(inst)).inserted else { return }
                (inst.hostState as? State)?.isTraining = on
                for name in inst.fieldOrder { if let f = inst.fields[name] { visit(f) } }
            case let .array(items): items.forEach(visit)
            case let .dictionary(d): d.values.forEach(visit)
            default: break
            }
        }
        guard case .instance = value else { throw BuiltinError("expected a Module, got \(value.typeName)") }
        visit(value)
    }
}
