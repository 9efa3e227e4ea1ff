/// A model component with parameters (PyTorch `nn.Module`): parameters and sub-modules are
/// discovered from stored properties by reflection (a `Tensor` with `requiresGrad`, a `Module`,
/// or arrays of either), and `train()`/`eval()` set the mode of the whole tree.
///
/// Subclass it and add `callAsFunction`; single-input layers also conform to `Layer`.
open class Module {
    /// True in training mode (the default); dropout is active only then.
    public private(set) var isTraining = true

    public init() {}

    /// Direct sub-modules with their property names (arrays give `name.0`, `name.1`, ...).
    open var namedChildren: [(String, Module)] {
        var result: [(String, Module)] = []
        forEachProperty { name, value in
            if let m = value as? Module {
                result.append((name, m))
            } else if let ms = value as? [Module] {
                for (i, m) in ms.enumerated() { result.append(("\(name).\(i)", m)) }
            }
        }
        return result
    }

    /// Parameters (tensors with `requiresGrad`) of this module and its sub-modules, with dotted
    /// names as PyTorch gives them (`layers.0.weight`), in declaration order, each once.
    open func namedParameters() -> [(String, Tensor)] {
        var result: [(String, Tensor)] = []
        var seen: Set<ObjectIdentifier> = []
        func add(_ name: String, _ t: Tensor) {
            if t.requiresGrad, seen.insert(ObjectIdentifier(t)).inserted { result.append((name, t)) }
        }
        forEachProperty { name, value in
            if let t = value as? Tensor {
                add(name, t)
            } else if let ts = value as? [Tensor] {
                for (i, t) in ts.enumerated() { add("\(name).\(i)", t) }
            } else if let m = value as? Module {
                for (n, t) in m.namedParameters() { add("\(name).\(n)", t) }
            } else if let ms = value as? [Module] {
                for (i, m) in ms.enumerated() {
                    for (n, t) in m.namedParameters() { add("\(name).\(i).\(n)", t) }
                }
            }
        }
        return result
    }

    /// The parameters, in `namedParameters()` order.
    public func parameters() -> [Tensor] { namedParameters().map(\.1) }

    /// Total number of parameter elements.
    public var parameterCount: Int { parameters().reduce(0) { $0 + $1.count } }

    /// Sets training mode (`on`) or evaluation mode on this module and every sub-module.
    public func train(_ on: Bool = true) {
        isTraining = on
        for (_, child) in namedChildren { child.train(on) }
    }

    /// Evaluation mode (PyTorch `eval()`): dropout off.
    public func eval() { train(false) }

    /// Drops the gradients of every parameter.
    public func zeroGrad() { for p in parameters() { p.zeroGrad() } }

    /// Visits stored properties of the dynamic class and its superclasses, superclass first.
    private func forEachProperty(_ body: (String, Any) -> Void) {
        var mirrors: [Mirror] = []
        var mirror: Mirror? = Mirror(reflecting: self)
        while let m = mirror {
            mirrors.append(m)
            mirror = m.superclassMirror
        }
        for m in mirrors.reversed() {
            for child in m.children {
                guard let label = child.label else { continue }
                body(label.hasPrefix("_") ? String(label.dropFirst()) : label, child.value)
            }
        }
    }
}

/// A module that maps one tensor to one tensor, so it can sit in a `Sequential`.
public protocol Layer: AnyObject {
    /// Applies the layer.
    func callAsFunction(_ input: Tensor) throws -> Tensor
}
