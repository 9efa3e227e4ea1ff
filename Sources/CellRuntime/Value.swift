import CellLanguage

/// A run-time value of the cell language.
///
/// Arrays, dictionaries, tuples and strings are Swift values (copy on assignment, copy-on-write
/// storage); class instances and host objects are references, as in Swift. Optionals are
/// flattened: `nil` is `.none`, a present optional is just its value.
public enum Value {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case array([Value])
    case dictionary(ValueDictionary)
    /// A tuple; `labels` has one entry per element (nil for an unlabelled element).
    case tuple([Value], labels: [String?])
    /// An integer range: `lower..<upper` (`closed == false`) or `lower...upper`.
    case range(lower: Int, upper: Int, closed: Bool)
    /// `nil`.
    case none
    /// `()`: what statements and functions without a result produce.
    case void
    /// A user function, method or closure.
    case function(FunctionValue)
    /// A function from the builtin registry, possibly bound to a receiver (`xs.append`).
    indirect case builtin(BoundBuiltin)
    /// A user class, callable as its initializer.
    case classType(ClassValue)
    /// An instance of a user class (reference semantics).
    case instance(Instance)
    /// An object owned by another module (DataFrame, Tensor, Learner …).
    case host(any HostObject)
    /// A builtin type used as a namespace for its static members (`Tensor.zeros(…)`) when it has
    /// no constructor function; with one, the name is a `.builtin` and statics work the same way.
    case type(String)
    /// An implicit member such as `.adam` or `.sgd(momentum: 0.9)`, interpreted by the builtin
    /// that receives it.
    case symbol(String, [LabeledValue])

    /// The name used in messages: `Int`, `[Int]`-style names are not tracked, so arrays are `Array`.
    public var typeName: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string: return "String"
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        case .tuple: return "Tuple"
        case .range(_, _, let closed): return closed ? "ClosedRange" : "Range"
        case .none: return "nil"
        case .void: return "Void"
        case .function, .builtin: return "Function"
        case let .classType(c): return "\(c.name).Type"
        case let .instance(i): return i.classValue.name
        case let .host(h): return h.typeName
        case .symbol: return "Symbol"
        case let .type(name): return "\(name).Type"
        }
    }

    /// The type name under which members are registered in the builtin registry.
    var registryTypeName: String {
        switch self {
        case .range: return "Range"
        default: return typeName
        }
    }

    /// The value as a Double when it is a number (Int promotes).
    public var asDouble: Double? {
        switch self {
        case let .int(i): return Double(i)
        case let .double(d): return d
        default: return nil
        }
    }

    public var isNil: Bool { if case .none = self { return true } else { return false } }
    public var isVoid: Bool { if case .void = self { return true } else { return false } }
}

/// A labelled argument of an implicit-member value (`.sgd(momentum: 0.9)`).
public struct LabeledValue {
    public var label: String?
    public var value: Value
    public init(label: String?, value: Value) { self.label = label; self.value = value }
}

/// A dictionary key: the hashable subset of values (Swift's Int, String, Double and Bool keys).
public enum DictionaryKey: Hashable {
    case int(Int)
    case string(String)
    case double(Double)
    case bool(Bool)

    public init?(_ value: Value) {
        switch value {
        case let .int(i): self = .int(i)
        case let .string(s): self = .string(s)
        case let .double(d): self = .double(d)
        case let .bool(b): self = .bool(b)
        default: return nil
        }
    }

    public var value: Value {
        switch self {
        case let .int(i): return .int(i)
        case let .string(s): return .string(s)
        case let .double(d): return .double(d)
        case let .bool(b): return .bool(b)
        }
    }
}

/// A dictionary that remembers insertion order, so output is deterministic (Swift's own
/// Dictionary order changes from run to run).
public struct ValueDictionary {
    public private(set) var keys: [DictionaryKey] = []
    private var storage: [DictionaryKey: Value] = [:]

    public init() {}

    public var count: Int { keys.count }

    public subscript(key: DictionaryKey) -> Value? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The entries in insertion order.
    public var entries: [(key: DictionaryKey, value: Value)] {
        keys.compactMap { k in storage[k].map { (k, $0) } }
    }

    public var values: [Value] { keys.compactMap { storage[$0] } }
}
