import CellLanguage

/// A function, method, initializer or closure compiled once: parameter slots, compiled defaults
/// and body, and where its captured variables come from in the frame that creates it.
final class CompiledFunction {
    let name: String
    let kind: FunctionValue.Kind
    /// Parameters of a `func`; closures get theirs from `closureParameters`.
    let parameters: [Parameter]
    let closureParameters: [ClosureParameter]
    let returnType: TypeRef?
    let span: SourceSpan
    /// The frame slot of each parameter (of `parameters` or `closureParameters`; -1 for `_`).
    var parameterSlots: [Int] = []
    /// Slots of `$0`, `$1` … for a closure without a parameter list.
    var anonymousSlots: [Int] = []
    /// Compiled default values, one per parameter.
    var defaults: [Code?] = []
    var body: BodyCode = { _ in .void }
    var slotCount = 0
    /// How to fetch each captured variable from the creating frame.
    var captureSources: [CaptureSource] = []
    /// Argument shapes for the binder (computed once).
    let shapes: [ParameterShape]
    /// The run (`Interpreter.runIndex`) of the cell whose source holds this code, so an error
    /// raised inside it is located in that cell even when a later cell calls it.
    var runIndex = 0

    init(name: String, kind: FunctionValue.Kind, parameters: [Parameter], closureParameters: [ClosureParameter],
         returnType: TypeRef?, span: SourceSpan) {
        self.name = name; self.kind = kind; self.parameters = parameters
        self.closureParameters = closureParameters; self.returnType = returnType; self.span = span
        self.shapes = parameters.map {
            ParameterShape(label: $0.label, name: $0.name, hasDefault: $0.defaultValue != nil, isVariadic: false,
                           acceptsClosure: $0.type.map { if case .function = $0 { return true } else { return false } } ?? true)
        }
    }

    /// `name(label name: Type = …)` as written in messages.
    var signature: String {
        if kind == .closure {
            return "{ (" + closureParameters.map { p in
                (p.name ?? "_") + (p.type.map { ": \($0)" } ?? "")
            }.joined(separator: ", ") + ") in … }"
        }
        let params = parameters.map { p -> String in
            var s = p.label == p.name ? p.name : "\(p.label ?? "_") \(p.name)"
            if let t = p.type { s += ": \(t)" }
            if p.defaultValue != nil { s += " = …" }
            return s
        }
        return "\(name)(\(params.joined(separator: ", ")))" + (returnType.map { " -> \($0)" } ?? "")
    }
}

/// A user function, method or closure: compiled code plus the variables it captured.
public final class FunctionValue {
    public enum Kind { case function, method, initializer, closure }

    let compiled: CompiledFunction
    /// The boxes of the captured variables, in `compiled.captureSources` order.
    let captures: [Binding]
    /// `self` for a bound method or initializer, or a closure created inside a method.
    let boundSelf: Instance?
    /// The class whose body defines the method (for `super`).
    let definingClass: ClassValue?

    init(_ compiled: CompiledFunction, captures: [Binding], boundSelf: Instance?, definingClass: ClassValue?) {
        self.compiled = compiled; self.captures = captures; self.boundSelf = boundSelf; self.definingClass = definingClass
    }

    public var name: String { compiled.name }
    public var kind: Kind { compiled.kind }
    public var signature: String { compiled.signature }
}

/// A method (or initializer) of a class: compiled once, with the captures taken when the class
/// declaration ran.
struct MethodEntry {
    let compiled: CompiledFunction
    let captures: [Binding]
}

/// A stored property: its pattern, type and compiled default (a zero-argument function).
struct PropertyEntry {
    let decl: VariableDecl
    let initializer: MethodEntry?
}

/// A class declared in a cell.
public final class ClassValue {
    public let name: String
    public let superclass: ClassValue?
    /// The host base class at the root of the chain (`Module`), if any.
    public let hostBase: (any HostBaseClass)?
    let properties: [PropertyEntry]
    let initializers: [MethodEntry]
    let methods: [String: MethodEntry]
    /// Every stored property name, superclass included (for implicit-`self` lookup).
    let propertyNameSet: Set<String>

    init(name: String, superclass: ClassValue?, hostBase: (any HostBaseClass)?, properties: [PropertyEntry],
         initializers: [MethodEntry], methods: [String: MethodEntry]) {
        self.name = name; self.superclass = superclass; self.hostBase = hostBase
        self.properties = properties; self.initializers = initializers; self.methods = methods
        self.propertyNameSet = Set(superclass?.allPropertyNames ?? []).union(properties.flatMap { $0.decl.pattern.boundNames })
    }

    /// The method `name` from this class or the nearest superclass, with the class defining it.
    func findMethod(_ name: String) -> (MethodEntry, ClassValue)? {
        var c: ClassValue? = self
        while let cls = c {
            if let m = cls.methods[name] { return (m, cls) }
            c = cls.superclass
        }
        return nil
    }

    /// The method bound to an instance, as a callable value.
    func boundMethod(_ name: String, _ inst: Instance) -> FunctionValue? {
        guard let (m, owner) = findMethod(name) else { return nil }
        return FunctionValue(m.compiled, captures: m.captures, boundSelf: inst, definingClass: owner)
    }

    /// Whether this class is `name` or inherits from it (user or host base).
    func isSubclass(of name: String) -> Bool {
        var c: ClassValue? = self
        while let cls = c {
            if cls.name == name { return true }
            c = cls.superclass
        }
        return hostBase?.name == name
    }

    /// Every stored property name, superclass first.
    var allPropertyNames: [String] {
        (superclass?.allPropertyNames ?? []) + properties.flatMap { $0.decl.pattern.boundNames }
    }

    var allMethodNames: [String] {
        (superclass?.allMethodNames ?? []) + Array(methods.keys)
    }

    func isConstantProperty(_ name: String) -> Bool {
        var c: ClassValue? = self
        while let cls = c {
            for p in cls.properties where p.decl.pattern.boundNames.contains(name) { return p.decl.isConstant }
            c = cls.superclass
        }
        return false
    }

    /// The declared type of a stored property, searching superclasses.
    func propertyType(_ name: String) -> TypeRef? {
        var c: ClassValue? = self
        while let cls = c {
            for p in cls.properties {
                if case .name(name) = p.decl.pattern { return p.decl.type }
            }
            c = cls.superclass
        }
        return nil
    }
}

/// An instance of a user class. Reference semantics: every copy of the value shares it.
public final class Instance {
    public let classValue: ClassValue
    /// Stored properties; `fieldOrder` keeps declaration order for display.
    public internal(set) var fields: [String: Value] = [:]
    public internal(set) var fieldOrder: [String] = []
    /// State created by the host base class (`HostBaseClass.makeState`).
    public var hostState: AnyObject?

    init(classValue: ClassValue) { self.classValue = classValue }

    /// Reads a stored property.
    public func field(_ name: String) -> Value? { fields[name] }

    /// Writes a stored property and tells the host base class.
    public func setField(_ name: String, _ value: Value) {
        if fields.updateValue(value, forKey: name) == nil { fieldOrder.append(name) }
        classValue.hostBase?.didSetProperty(self, name: name, value: value)
    }
}

extension Pattern {
    /// The names a pattern binds, in order.
    var boundNames: [String] {
        switch self {
        case let .name(n): return [n]
        case .wildcard: return []
        case let .tuple(ps): return ps.flatMap(\.boundNames)
        }
    }
}
