// Static types, as Swift has them (docs/interpreter.md, "Types").
//
// A `SwiftType` is a value. Nominal types point at their declaration (`TypeSymbol`, a class owned
// by the session), so `Int`, `[Double]` (= `Array<Double>`), `Int?` (= `Optional<Int>`) and a
// cell's `Point` are all `.nominal(symbol, genericArguments)`. Type variables exist only while one
// expression statement is being checked; `resolved` follows their bindings.

/// One static type.
public indirect enum SwiftType: CustomStringConvertible {
    /// A struct, enum, class or protocol of the library or of a cell, with its generic arguments.
    case nominal(TypeSymbol, [SwiftType])
    /// `(Int, String)`, `(min: Int, max: Int)`; `()` is Void. Never a single unlabeled element.
    case tuple([TupleElementType])
    case function(FunctionType)
    /// A generic parameter inside its declaration (`T` inside `func f<T>`).
    case genericParameter(GenericParameterSymbol)
    /// A unknown of the solver: a literal's type before the context fixes it, a generic
    /// argument being inferred.
    case variable(TypeVariable)
    /// `any P`, `any P & Q`; `Any` is the empty composition.
    case existential([TypeSymbol])
    /// `T.Type`
    case metatype(SwiftType)
    /// The type of an expression that already had an error: unifies with everything, so one
    /// mistake gives one diagnostic.
    case error

    public static var void: SwiftType { .tuple([]) }

    /// The type with its solved variables replaced by their bindings (unsolved ones stay).
    public var resolved: SwiftType {
        switch self {
        case .variable(let v):
            if let b = v.binding { return b.resolved }
            return self
        case .nominal(let s, let args):
            if args.isEmpty { return self }
            return .nominal(s, args.map(\.resolved))
        case .tuple(let elements):
            return .tuple(elements.map { TupleElementType(label: $0.label, type: $0.type.resolved) })
        case .function(let f):
            return .function(
                FunctionType(
                    parameters: f.parameters.map {
                        FunctionParameterType(type: $0.type.resolved, isInout: $0.isInout)
                    },
                    result: f.result.resolved, throwing: f.throwing))
        case .metatype(let t): return .metatype(t.resolved)
        case .genericParameter, .existential, .error: return self
        }
    }

    /// Replaces generic parameters by the types in `map` (keyed by the parameter's identity).
    func substituting(_ map: [ObjectIdentifier: SwiftType]) -> SwiftType {
        if map.isEmpty { return self }
        switch self {
        case .genericParameter(let p): return map[ObjectIdentifier(p)] ?? self
        case .variable(let v):
            if let b = v.binding { return b.substituting(map) }
            return self
        case .nominal(let s, let args): return .nominal(s, args.map { $0.substituting(map) })
        case .tuple(let elements):
            return .tuple(
                elements.map { TupleElementType(label: $0.label, type: $0.type.substituting(map)) })
        case .function(let f):
            return .function(
                FunctionType(
                    parameters: f.parameters.map {
                        FunctionParameterType(type: $0.type.substituting(map), isInout: $0.isInout)
                    },
                    result: f.result.substituting(map), throwing: f.throwing))
        case .metatype(let t): return .metatype(t.substituting(map))
        case .existential, .error: return self
        }
    }

    public var isVoid: Bool {
        if case .tuple(let e) = resolved, e.isEmpty { return true }
        return false
    }

    public var isError: Bool {
        if case .error = resolved { return true }
        return false
    }

    /// The nominal symbol, when the type is nominal.
    public var symbol: TypeSymbol? {
        if case .nominal(let s, _) = resolved { return s }
        return nil
    }

    /// The generic arguments of a nominal type.
    public var genericArguments: [SwiftType] {
        if case .nominal(_, let a) = resolved { return a }
        return []
    }

    /// `Wrapped` when the type is `Optional<Wrapped>`.
    public var optionalWrapped: SwiftType? {
        if case .nominal(let s, let a) = resolved, s.representation == .optional { return a[0] }
        return nil
    }

    /// Whether the type still contains an unsolved variable.
    var hasVariables: Bool {
        switch resolved {
        case .variable: return true
        case .nominal(_, let a): return a.contains { $0.hasVariables }
        case .tuple(let e): return e.contains { $0.type.hasVariables }
        case .function(let f):
            return f.result.hasVariables || f.parameters.contains { $0.type.hasVariables }
        case .metatype(let t): return t.hasVariables
        default: return false
        }
    }

    /// How swiftc spells the type in diagnostics: `Int`, `[Int]`, `[String : Int]`, `Int?`,
    /// `(min: Int, max: Int)`, `(Int) -> Bool`.
    public var description: String {
        switch resolved {
        case .nominal(let s, let args):
            switch s.representation {
            case .array where args.count == 1: return "[\(args[0])]"
            case .dictionary where args.count == 2: return "[\(args[0]) : \(args[1])]"
            case .optional where args.count == 1:
                if case .function = args[0].resolved { return "(\(args[0]))?" }
                return "\(args[0])?"
            default:
                return args.isEmpty
                    ? s.name : "\(s.name)<\(args.map(\.description).joined(separator: ", "))>"
            }
        case .tuple(let elements):
            return "("
                + elements.map { ($0.label.map { "\($0): " } ?? "") + $0.type.description }.joined(
                    separator: ", ") + ")"
        case .function(let f):
            let params = f.parameters.map { ($0.isInout ? "inout " : "") + $0.type.description }.joined(
                separator: ", ")
            return "(\(params))\(f.throwing ? " throws" : "") -> \(f.result)"
        case .genericParameter(let p): return p.name
        case .variable(let v):
            switch v.literal {
            case .integer: return "Int"
            case .float: return "Double"
            case .string: return "String"
            default: return "_"
            }
        case .existential(let ps):
            if ps.isEmpty { return "Any" }
            return "any " + ps.map(\.name).joined(separator: " & ")
        case .metatype(let t): return "\(t).Type"
        case .error: return "<<error type>>"
        }
    }
}

public struct TupleElementType {
    public var label: String?
    public var type: SwiftType
    public init(label: String?, type: SwiftType) {
        self.label = label
        self.type = type
    }
}

public struct FunctionParameterType {
    public var type: SwiftType
    public var isInout: Bool
    public init(type: SwiftType, isInout: Bool = false) {
        self.type = type
        self.isInout = isInout
    }
}

public struct FunctionType {
    public var parameters: [FunctionParameterType]
    public var result: SwiftType
    public var throwing: Bool
    public init(parameters: [FunctionParameterType], result: SwiftType, throwing: Bool = false) {
        self.parameters = parameters
        self.result = result
        self.throwing = throwing
    }
}

/// A generic parameter of a function or type (`T`, `Element`), with its protocol constraints.
public final class GenericParameterSymbol {
    public let name: String
    public var constraints: [TypeSymbol] = []
    public init(name: String) { self.name = name }
}

/// What kind of literal a type variable stands for: it fixes which types may bind it and which
/// type it defaults to when nothing else does (Int, Double, String, Character→String, Bool).
enum LiteralKind: Int {
    case integer, float, string, boolean

    /// Joins two literal kinds met in one homogeneous operation (`7 / 2 * 2.0`: float).
    func join(_ other: LiteralKind) -> LiteralKind? {
        if self == other { return self }
        if (self == .integer && other == .float) || (self == .float && other == .integer) {
            return .float
        }
        return nil
    }
}

/// An unknown type inside one expression statement. Bindings are recorded on the checker's trail
/// so that a failed overload trial can undo them.
public final class TypeVariable {
    let id: Int
    var binding: SwiftType?
    var literal: LiteralKind?
    init(id: Int, literal: LiteralKind?) {
        self.id = id
        self.literal = literal
    }
}

/// Whether two types are the same after resolving variables (unsolved variables are equal only
/// to themselves).
func sameType(_ a: SwiftType, _ b: SwiftType) -> Bool {
    switch (a.resolved, b.resolved) {
    case (.nominal(let s1, let a1), .nominal(let s2, let a2)):
        return s1 === s2 && a1.count == a2.count && zip(a1, a2).allSatisfy { sameType($0, $1) }
    case (.tuple(let e1), .tuple(let e2)):
        return e1.count == e2.count
            && zip(e1, e2).allSatisfy { $0.label == $1.label && sameType($0.type, $1.type) }
    case (.function(let f1), .function(let f2)):
        return f1.parameters.count == f2.parameters.count && f1.throwing == f2.throwing
            && sameType(f1.result, f2.result)
            && zip(f1.parameters, f2.parameters).allSatisfy {
                $0.isInout == $1.isInout && sameType($0.type, $1.type)
            }
    case (.genericParameter(let p1), .genericParameter(let p2)): return p1 === p2
    case (.variable(let v1), .variable(let v2)): return v1 === v2
    case (.existential(let p1), .existential(let p2)):
        return p1.count == p2.count && zip(p1, p2).allSatisfy { $0 === $1 }
    case (.metatype(let t1), .metatype(let t2)): return sameType(t1, t2)
    case (.error, .error): return true
    default: return false
    }
}

/// A key naming a fully resolved type, for caches (specialisations, describers).
func typeKey(_ t: SwiftType) -> String {
    switch t.resolved {
    case .nominal(let s, let a):
        return "\(ObjectIdentifier(s).hashValue)<\(a.map(typeKey).joined(separator: ","))>"
    case .genericParameter(let p): return "gp\(ObjectIdentifier(p).hashValue)"
    default: return t.description
    }
}
