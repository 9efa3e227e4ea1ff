// Unification and the conversions Swift makes implicitly, in one place: a value to an optional
// (`Int` → `Int?`), to an existential (`Int` → `Any`), a subclass to its superclass. Literals are
// type variables that only types expressible by that literal may bind (`LiteralKind`).

import CellSyntax

extension Checker {
    /// Makes `a` and `b` the same type, binding variables; false when they cannot be.
    @discardableResult
    func unify(_ a: SwiftType, _ b: SwiftType) -> Bool {
        let a = a.resolved
        let b = b.resolved
        switch (a, b) {
        case (.error, _), (_, .error): return true
        case (.variable(let v), .variable(let w)):
            if v === w { return true }
            switch (v.literal, w.literal) {
            case (nil, _): bind(v, b)
            case (_, nil): bind(w, a)
            case (let k1?, let k2?):
                guard let joined = k1.join(k2) else { return false }
                if joined == k1 { bind(w, a) } else { bind(v, b) }
            }
            return true
        case (.variable(let v), _): return bindVariable(v, to: b)
        case (_, .variable(let w)): return bindVariable(w, to: a)
        case (.nominal(let s1, let a1), .nominal(let s2, let a2)):
            guard s1 === s2, a1.count == a2.count else { return false }
            for (x, y) in zip(a1, a2) where !unify(x, y) { return false }
            return true
        case (.tuple(let e1), .tuple(let e2)):
            guard e1.count == e2.count else { return false }
            for (x, y) in zip(e1, e2) {
                if x.label != nil && y.label != nil && x.label != y.label { return false }
                if !unify(x.type, y.type) { return false }
            }
            return true
        case (.function(let f1), .function(let f2)):
            guard f1.parameters.count == f2.parameters.count else { return false }
            for (x, y) in zip(f1.parameters, f2.parameters)
            where x.isInout != y.isInout || !unify(x.type, y.type) { return false }
            return unify(f1.result, f2.result)
        case (.metatype(let x), .metatype(let y)): return unify(x, y)
        default: return sameType(a, b)
        }
    }

    /// Binds `v` to `t` when `v` is not a literal, or `t` is expressible by that literal.
    func bindVariable(_ v: TypeVariable, to t: SwiftType) -> Bool {
        if let kind = v.literal {
            guard let s = t.symbol, s.literalKinds.contains(kind) else {
                if case .genericParameter = t { return false }
                return false
            }
        }
        bind(v, t)
        return true
    }

    /// How a value of one type becomes another: the checker wraps the expression in the
    /// conversion's node. nil: no conversion (an error).
    enum Conversion { case identity, injectIntoOptional, toExistential, upcast }

    /// The conversion from `from` to `to`, binding variables on the way (callers undo them
    /// through `trial` when they only ask).
    func conversion(from: SwiftType, to: SwiftType) -> [Conversion]? {
        let f = from.resolved
        let t = to.resolved
        if case .variable(let v) = t, v.literal == nil {
            bind(v, f)
            return [.identity]
        }
        let mark = trail.count
        if unify(f, t) { return [.identity] }
        undo(to: mark)
        if let wrapped = t.optionalWrapped {
            if f.optionalWrapped == nil || isLiteralVariable(f),
                let inner = conversion(from: f, to: wrapped)
            {
                return inner + [.injectIntoOptional]
            }
            if f.optionalWrapped != nil, let inner = conversion(from: f, to: wrapped) {
                return inner + [.injectIntoOptional]
            }
            return nil
        }
        if case .existential(let protocols) = t {
            if case .existential = f { return protocols.isEmpty ? [.identity] : nil }
            if case .variable(let v) = f, let k = v.literal { bind(v, defaultType(of: k)) }
            let concrete = from.resolved
            for p in protocols where !conformsTo(concrete, p) { return nil }
            return [.toExistential]
        }
        if case .nominal(let fs, _) = f, case .nominal(let ts, _) = t, fs.kind == .class,
            ts.kind == .class, fs.isSubclass(of: ts)
        {
            return [.upcast]
        }
        return nil
    }

    func isLiteralVariable(_ t: SwiftType) -> Bool {
        if case .variable(let v) = t.resolved, v.literal != nil { return true }
        return false
    }

    /// Whether a type conforms to a protocol (generic parameters by their constraints).
    func conformsTo(_ t: SwiftType, _ p: TypeSymbol) -> Bool {
        switch t.resolved {
        case .nominal(let s, let args):
            if s.conforms(to: p) { return true }
            // Synthesised conformances of the library's generic containers and tuples.
            if ["Equatable", "Hashable"].contains(p.name) {
                if s.representation == .dictionary { return conformsTo(args[1], p) }
                if s.representation == .optional || s.representation == .array || s.representation == .set {
                    return args.allSatisfy { conformsTo($0, p) }
                }
                if s.kind == .enum && s.cases.allSatisfy({ $0.payload == nil }) { return true }
            }
            return false
        case .genericParameter(let g): return g.constraints.contains { $0 === p || $0.conforms(to: p) }
        case .existential(let ps): return ps.contains { $0 === p || $0.conforms(to: p) }
        case .variable(let v):
            if let k = v.literal { return conformsTo(defaultType(of: k), p) }
            return true
        case .error: return true
        default: return false
        }
    }

    /// Applies conversions to a typed expression.
    func apply(_ conversions: [Conversion], to e: TExpr, target: SwiftType) -> TExpr {
        var result = e
        var remaining = conversions
        // Conversions are listed innermost first; the outer types are recovered from `target`.
        var targets: [SwiftType] = []
        var t = target.resolved
        for c in conversions.reversed() {
            targets.append(t)
            if c == .injectIntoOptional, let w = t.optionalWrapped { t = w }
        }
        targets.reverse()
        for (i, c) in remaining.enumerated() {
            switch c {
            case .identity: break
            case .injectIntoOptional: result = TExpr(.injectIntoOptional(result), targets[i], e.span)
            case .toExistential: result = TExpr(.toExistential(result), targets[i], e.span)
            case .upcast: result = TExpr(.upcast(result), targets[i], e.span)
            }
        }
        remaining.removeAll()
        return result
    }

    /// Where a conversion is needed, which decides swiftc's wording when it fails.
    enum ConversionSite {
        case specified, argument, returnValue, assignment, element, condition, none
        func message(_ from: SwiftType, _ to: SwiftType) -> String {
            switch self {
            case .specified: return "cannot convert value of type '\(from)' to specified type '\(to)'"
            case .argument:
                return "cannot convert value of type '\(from)' to expected argument type '\(to)'"
            case .returnValue:
                return "cannot convert return expression of type '\(from)' to return type '\(to)'"
            case .assignment: return "cannot assign value of type '\(from)' to type '\(to)'"
            case .element:
                return "cannot convert value of type '\(from)' to expected element type '\(to)'"
            case .condition:
                if from.optionalWrapped != nil {
                    return "optional type '\(from)' cannot be used as a boolean; test for '!= nil' instead"
                }
                return "cannot convert value of type '\(from)' to expected condition type '\(to)'"
            case .none: return "cannot convert value of type '\(from)' to type '\(to)'"
            }
        }
    }

    /// Converts `e` to `target`, reporting swiftc's error when it cannot.
    func coerce(_ e: TExpr, to target: SwiftType, site: ConversionSite) -> TExpr {
        if e.type.isError || target.isError { return e }
        if let conversions = conversion(from: e.type, to: target) {
            return apply(conversions, to: e, target: target)
        }
        let from = e.type.resolved
        if let wrapped = from.optionalWrapped,
            conversion(from: wrapped, to: target) != nil || trialDepth > 0
        {
            error(
                "value of optional type '\(from)' must be unwrapped to a value of type '\(wrapped)'",
                at: e.span)
            return TExpr(.error, target, e.span)
        }
        if site == .condition, let s = from.symbol,
            s.representation == .int || s.representation == .double
        {
            error("type '\(from)' cannot be used as a boolean; test for '!= 0' instead", at: e.span)
            return TExpr(.error, target, e.span)
        }
        error(site.message(from, target.resolved), at: e.span)
        return TExpr(.error, target, e.span)
    }
}
