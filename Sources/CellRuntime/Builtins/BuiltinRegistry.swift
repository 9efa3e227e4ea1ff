import CellLanguage

/// What a builtin implementation receives: the receiver (`.void` for free functions; `inout` so a
/// mutating method writes back through the caller's lvalue), the checked arguments, and the context.
public typealias BuiltinImplementation = @Sendable (inout Value, BuiltinArguments, BuiltinContext) throws -> Value

/// One parameter of a builtin, as it appears in its signature.
public struct BuiltinParameter {
    /// The argument label callers write; nil for `_`.
    public var label: String?
    public var name: String
    /// The type as shown in the signature ("Int", "Double", "[Any]", "(Any) -> Bool").
    public var type: String
    /// The value used when the argument is omitted; nil when the argument is required.
    public var defaultValue: Value?
    /// The text of the default in the signature ("5", "nil").
    public var defaultText: String?
    /// `Any...`: takes every remaining unlabelled argument.
    public var isVariadic: Bool

    public init(_ label: String?, _ name: String, _ type: String, default defaultValue: Value? = nil,
                defaultText: String? = nil, variadic: Bool = false) {
        self.label = label; self.name = name; self.type = type; self.defaultValue = defaultValue
        self.defaultText = defaultText ?? defaultValue.map { Display.literal($0) }
        self.isVariadic = variadic
    }

    var text: String {
        var s = label == name ? name : "\(label ?? "_") \(name)"
        s += ": \(type)" + (isVariadic ? "..." : "")
        if let d = defaultText { s += " = \(d)" }
        return s
    }
}

/// A builtin function or method: the signature, its documentation and the implementation.
public struct BuiltinFunction {
    public var name: String
    public var parameters: [BuiltinParameter]
    public var returnType: String?
    /// One or two sentences for the generated language reference.
    public var doc: String
    /// Whether the method modifies its receiver (it is then called through an lvalue).
    public var isMutating: Bool
    public var implementation: BuiltinImplementation

    public init(_ name: String, _ parameters: [BuiltinParameter] = [], returns returnType: String? = nil,
                mutating isMutating: Bool = false, doc: String, _ implementation: @escaping BuiltinImplementation) {
        self.name = name; self.parameters = parameters; self.returnType = returnType; self.doc = doc
        self.isMutating = isMutating; self.implementation = implementation
        self.shapes = parameters.map {
            ParameterShape(label: $0.label, name: $0.name, hasDefault: $0.defaultValue != nil, isVariadic: $0.isVariadic,
                           acceptsClosure: $0.type.contains("->"))
        }
    }

    /// The parameters as the argument binder sees them (computed once).
    let shapes: [ParameterShape]

    /// `head(_ n: Int = 5) -> DataFrame`, as shown in messages and the reference.
    public var signature: String {
        "\(name)(\(parameters.map(\.text).joined(separator: ", ")))" + (returnType.map { " -> \($0)" } ?? "")
    }
}

/// A read-only (or settable) property of a host or built-in type.
public struct BuiltinProperty {
    public var name: String
    public var type: String
    public var doc: String
    public var get: @Sendable (Value, BuiltinContext) throws -> Value
    /// Present for settable properties: receives the receiver (inout) and the new value.
    public var set: (@Sendable (inout Value, Value, BuiltinContext) throws -> Void)?

    public init(_ name: String, _ type: String, doc: String,
                get: @escaping @Sendable (Value, BuiltinContext) throws -> Value,
                set: (@Sendable (inout Value, Value, BuiltinContext) throws -> Void)? = nil) {
        self.name = name; self.type = type; self.doc = doc; self.get = get; self.set = set
    }
}

/// The builtins of one domain (Core, Tensor, Frame, Collab, Plot).
public struct BuiltinTable {
    public var domain: String
    public var functions: [BuiltinFunction]
    /// Methods by receiver type name ("Array", "String", "DataFrame"). A method named "subscript"
    /// implements `value[…]`; one named "callAsFunction" makes values of the type callable.
    public var methods: [String: [BuiltinFunction]]
    public var properties: [String: [BuiltinProperty]]
    public var baseClasses: [any HostBaseClass]

    public init(domain: String, functions: [BuiltinFunction] = [], methods: [String: [BuiltinFunction]] = [:],
                properties: [String: [BuiltinProperty]] = [:], baseClasses: [any HostBaseClass] = []) {
        self.domain = domain; self.functions = functions; self.methods = methods
        self.properties = properties; self.baseClasses = baseClasses
    }
}

/// Every builtin the interpreter knows: free functions, methods and properties of types by type
/// name, and host base classes. Entries with the same name are overloads, chosen by argument labels.
public struct BuiltinRegistry {
    public private(set) var tables: [BuiltinTable] = []
    public private(set) var functions: [String: [BuiltinFunction]] = [:]
    public private(set) var methods: [String: [String: [BuiltinFunction]]] = [:]
    public private(set) var properties: [String: [String: BuiltinProperty]] = [:]
    public private(set) var baseClasses: [String: any HostBaseClass] = [:]
    /// Names of every mutating method of any type (calls to these go through an lvalue).
    public private(set) var mutatingMethodNames: Set<String> = []

    public init() {}

    /// The core table only; other domains add theirs with `add(_:)`.
    public static var standard: BuiltinRegistry {
        var r = BuiltinRegistry()
        r.add(CoreBuiltins.table)
        r.add(CollectionBuiltins.table)
        r.add(FrameBuiltins.table)
        r.add(CheckBuiltins.table)
        r.add(PlotBuiltins.table)
        r.add(MetricsBuiltins.table)
        r.add(TensorBuiltins.table)
        r.add(NNBuiltins.table)
        r.add(OptimBuiltins.table)
        r.add(CollabBuiltins.table)
        r.add(ALSBuiltins.table)
        return r
    }

    public mutating func add(_ table: BuiltinTable) {
        tables.append(table)
        for f in table.functions { functions[f.name, default: []].append(f) }
        for (type, ms) in table.methods {
            for m in ms {
                methods[type, default: [:]][m.name, default: []].append(m)
                if m.isMutating { mutatingMethodNames.insert(m.name) }
            }
        }
        for (type, ps) in table.properties {
            for p in ps { properties[type, default: [:]][p.name] = p }
        }
        for b in table.baseClasses { baseClasses[b.name] = b }
    }

    /// One entry of the generated language reference.
    public struct ReferenceEntry {
        public var domain: String
        /// The receiver type for methods and properties; nil for free functions.
        public var type: String?
        public var signature: String
        public var doc: String
    }

    /// Every builtin with its signature and documentation, by domain, in table order.
    public var reference: [ReferenceEntry] {
        var out: [ReferenceEntry] = []
        for t in tables {
            out += t.functions.map { ReferenceEntry(domain: t.domain, type: nil, signature: $0.signature, doc: $0.doc) }
            for type in t.properties.keys.sorted() {
                out += (t.properties[type] ?? []).map {
                    ReferenceEntry(domain: t.domain, type: type, signature: "var \($0.name): \($0.type)\($0.set == nil ? " { get }" : "")", doc: $0.doc)
                }
            }
            for type in t.methods.keys.sorted() {
                out += (t.methods[type] ?? []).map {
                    ReferenceEntry(domain: t.domain, type: type, signature: ($0.isMutating ? "mutating " : "") + $0.signature, doc: $0.doc)
                }
            }
        }
        return out
    }

    func methodOverloads(type: String, name: String) -> [BuiltinFunction]? {
        methods[type]?[name]
    }

    func memberNames(type: String) -> [String] {
        Array(methods[type]?.keys ?? [:].keys) + Array(properties[type]?.keys ?? [:].keys)
    }
}

/// A builtin value: the overloads of one name, bound to a receiver for methods.
public struct BoundBuiltin {
    public var overloads: [BuiltinFunction]
    public var receiver: Value?
    public var name: String { overloads.first?.name ?? "?" }
}
