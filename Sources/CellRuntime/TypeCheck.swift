import CellLanguage

/// Loose run-time checking of type annotations: a value that is clearly not of the written type is
/// an error; an Int converts to a Double annotation (as an integer literal does in Swift); names
/// the runtime does not know (host types it has not seen) accept any reference value.
extension Interpreter {
    func convert(_ v: Value, to type: TypeRef, what: String, span: SourceSpan) throws -> Value {
        if let converted = conform(v, to: type) { return converted }
        throw RuntimeError("cannot convert value of type \(describeType(v)) to \(what) \(type)", at: span)
    }

    /// The value converted to `type`, or nil when it does not conform.
    func conform(_ v: Value, to type: TypeRef) -> Value? {
        switch type {
        case let .optional(t):
            return v.isNil ? v : conform(v, to: t)
        case let .array(t):
            guard case let .array(items) = v else { return nil }
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for item in items { guard let c = conform(item, to: t) else { return nil }; out.append(c) }
            return .array(out)
        case let .dictionary(kt, vt):
            guard case let .dictionary(d) = v else { return nil }
            var out = ValueDictionary()
            for (k, x) in d.entries {
                guard let ck = conform(k.value, to: kt), let key = DictionaryKey(ck), let cx = conform(x, to: vt) else { return nil }
                out[key] = cx
            }
            return .dictionary(out)
        case let .tuple(ts):
            if ts.isEmpty { return v.isVoid ? v : nil }
            guard case let .tuple(vs, labels) = v, vs.count == ts.count else { return nil }
            var out: [Value] = []
            for (x, t) in zip(vs, ts) { guard let c = conform(x, to: t) else { return nil }; out.append(c) }
            return .tuple(out, labels: labels)
        case .function:
            switch v {
            case .function, .builtin, .classType: return v
            default: return nil
            }
        case let .named(name, args):
            switch name {
            case "Int": if case .int = v { return v } else { return nil }
            case "Double", "Float", "CGFloat":
                if case let .int(i) = v { return .double(Double(i)) }
                if case .double = v { return v } else { return nil }
            case "Bool": if case .bool = v { return v } else { return nil }
            case "String": if case .string = v { return v } else { return nil }
            case "Character": if case let .string(s) = v, s.count == 1 { return v } else { return nil }
            case "Any", "AnyObject", "AnyHashable": return v
            case "Void": return v.isVoid ? v : nil
            case "Array" where args.count == 1: return conform(v, to: .array(args[0]))
            case "Dictionary" where args.count == 2: return conform(v, to: .dictionary(args[0], args[1]))
            case "Optional" where args.count == 1: return conform(v, to: .optional(args[0]))
            case "Range", "ClosedRange":
                if case let .range(_, _, closed) = v, closed == (name == "ClosedRange") { return v } else { return nil }
            default:
                switch v {
                case let .instance(inst): return inst.classValue.isSubclass(of: name) ? v : nil
                case let .host(h):
                    // A host type may have a hierarchy the runtime does not know (Embedding is a Module).
                    if h.typeName == name { return v }
                    return registry.baseClasses[name] != nil || !knownTypeNames.contains(name) ? v : nil
                case .symbol: return v
                default: return nil
                }
            }
        }
    }

    private var knownTypeNames: Set<String> {
        ["Int", "Double", "Float", "Bool", "String", "Array", "Dictionary", "Range", "ClosedRange"]
    }

    /// A Swift-like type description for messages: `Int`, `[Int]`, `[String: Double]`, `(Int, String)`.
    func describeType(_ v: Value) -> String {
        switch v {
        case let .array(items):
            guard let first = items.first else { return "[Any]" }
            let t = describeType(first)
            return items.allSatisfy({ describeType($0) == t }) ? "[\(t)]" : "[Any]"
        case let .dictionary(d):
            guard let (k, x) = d.entries.first else { return "[AnyHashable: Any]" }
            return "[\(describeType(k.value)): \(describeType(x))]"
        case let .tuple(vs, labels):
            return "(" + zip(vs, labels).map { ($1.map { "\($0): " } ?? "") + describeType($0) }.joined(separator: ", ") + ")"
        case .none: return "nil"
        default: return v.typeName
        }
    }
}
