// Types as written (`[Int]`, `Int?`, `(min: Int, max: Int)`, `T`) resolved to `SwiftType`.

import CellSyntax

extension Checker {
    func resolveType(_ ref: TypeRef) -> SwiftType {
        switch ref.kind {
        case .named(let name, let args):
            return resolveNamed(name, args.map(resolveType), span: ref.span)
        case .nested(let base, let name, let args):
            let b = resolveType(base)
            if let s = b.symbol, let found = s.members[name]?.first, case .type(let t) = found {
                return .nominal(t, args.map(resolveType))
            }
            if !b.isError { error("'\(name)' is not a member type of '\(b)'", at: ref.span) }
            return .error
        case .array(let e): return env.array(resolveType(e))
        case .dictionary(let k, let v): return env.dictionary(resolveType(k), resolveType(v))
        case .optional(let w), .implicitlyUnwrappedOptional(let w): return env.optional(resolveType(w))
        case .tuple(let elements):
            if elements.count == 1 && elements[0].label == nil { return resolveType(elements[0].type) }
            return .tuple(elements.map { TupleElementType(label: $0.label, type: resolveType($0.type)) })
        case .function(let params, let throwing, let result):
            return .function(
                FunctionType(
                    parameters: params.map {
                        FunctionParameterType(type: resolveType($0.type), isInout: $0.isInout)
                    },
                    result: resolveType(result), throwing: throwing))
        case .composition(let parts):
            var protocols: [TypeSymbol] = []
            for p in parts {
                if case .existential(let ps) = resolveType(p) { protocols += ps }
            }
            return .existential(protocols)
        case .existential(let inner), .opaque(let inner):
            return resolveType(inner)
        case .metatype(let inner, _):
            return .metatype(resolveType(inner))
        }
    }

    func resolveNamed(_ name: String, _ args: [SwiftType], span: SourceSpan) -> SwiftType {
        switch name {
        case "Any": return Environment.any
        // Class-only existentials are not distinguished from `Any` yet.
        case "AnyObject": return Environment.any
        case "Void": return .void
        case "Never": return .nominal(env.known["Never"] ?? env.type("Bool"), [])
        case "Self":
            if let t = typeContext {
                if t.kind == .protocol, let selfParam = t.selfParameter {
                    return .genericParameter(selfParam)
                }
                return t.declaredType
            }
        default: break
        }
        guard let symbols = scope.lookup(name) else {
            error("cannot find type '\(name)' in scope", at: span)
            return .error
        }
        for symbol in symbols {
            switch symbol {
            case .type(let t):
                if t.kind == .protocol { return .existential([t]) }
                if args.isEmpty && !t.genericParameters.isEmpty {
                    // `Array` without arguments inside its own declaration means `Array<Element>`.
                    if typeContext === t { return t.declaredType }
                    return .nominal(t, t.genericParameters.map { _ in newVariable() })
                }
                return .nominal(t, args)
            case .typeAlias(let t): return t
            default: continue
            }
        }
        error("'\(name)' is not a type", at: span)
        return .error
    }
}
