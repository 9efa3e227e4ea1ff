// Calls and overload resolution, as Swift ranks candidates: filtered by argument labels and
// arity, then each candidate is tried against the arguments (generic parameters opened as
// fresh variables, bindings undone after the trial); the viable candidate with the lowest
// score wins (score: conversions made, literals given a type other than their default, generic
// over non-generic). The winner is then checked for real, so its diagnostics are the ones shown.

import CellSyntax

/// One overload candidate: a function and the substitution its base fixes (the generic
/// arguments of `Array<Int>` for `append`, `Self` for protocol members).
struct Candidate {
    var function: FuncSymbol
    var substitution: Substitution = [:]
}

/// The result of resolving a call.
struct ResolvedCall {
    var function: FuncSymbol
    var arguments: [TExpr]
    var substitution: Substitution
    var resultType: SwiftType
}

extension Checker {
    /// Which arguments go to which parameter: for each parameter, the indices of its arguments
    /// (empty: the default value, or an empty variadic list). nil when labels or arity do not fit.
    func matchArguments(_ args: [Argument], to params: [ParameterSymbol]) -> [[Int]]? {
        var result: [[Int]] = []
        var ai = 0
        for p in params {
            if ai < args.count,
                args[ai].label == p.label || (args[ai].isTrailingClosure && isFunctionType(p.type))
            {
                var taken = [ai]
                ai += 1
                if p.isVariadic {
                    while ai < args.count, args[ai].label == nil, !args[ai].isTrailingClosure {
                        taken.append(ai)
                        ai += 1
                    }
                }
                result.append(taken)
            } else if p.hasDefault || p.isVariadic {
                result.append([])
            } else {
                return nil
            }
        }
        return ai == args.count ? result : nil
    }

    func isFunctionType(_ t: SwiftType) -> Bool {
        if case .function = t.resolved { return true }
        if let w = t.optionalWrapped, case .function = w.resolved { return true }
        return false
    }

    /// Whether an argument's type depends on the parameter it meets (closures, `.member`, `nil`,
    /// collection literals): those are checked once per candidate, the others once.
    func needsContext(_ e: Expr) -> Bool {
        switch e.kind {
        case .closure, .implicitMember, .nilLiteral, .array, .dictionary, .inoutArgument, .keyPath:
            return true
        case .call(let callee, _, _):
            if case .implicitMember = callee.kind { return true }
            return false
        case .paren(let inner): return needsContext(inner)
        case .member(_, let name, _, _, _): return name == "init"
        case .identifier(let name, _): return isOperatorName(name)
        default: return false
        }
    }

    /// The swiftc diagnostic for a call whose labels do not fit its only candidate.
    func reportLabelMismatch(
        _ args: [Argument], _ params: [ParameterSymbol], rightParen: SourcePosition,
        calleeSpan: SourceSpan
    ) {
        let given = args.filter { !$0.isTrailingClosure }
        let required = params.filter { !$0.hasDefault && !$0.isVariadic }
        if given.count == params.count || (given.count == required.count && given.count < params.count) {
            let expectedParams = given.count == params.count ? params : required
            // Same arity: the labels differ.
            var wrong: [(Argument, ParameterSymbol)] = []
            for (a, p) in zip(given, expectedParams) where a.label != p.label { wrong.append((a, p)) }
            if wrong.count == 1 {
                let (a, p) = wrong[0]
                if a.label == nil, let l = p.label {
                    error("missing argument label '\(l):' in call", at: a.span)
                } else if p.label == nil, let l = a.label {
                    error(
                        "extraneous argument label '\(l):' in call",
                        at: given.count == 1 ? calleeSpan.end : (a.labelSpan ?? a.span).start)
                } else if given.count > 1 {
                    // swiftc names every label, at the argument list's parenthesis.
                    let have = given.map { ($0.label ?? "_") + ":" }.joined()
                    let want = expectedParams.map { ($0.label ?? "_") + ":" }.joined()
                    error("incorrect argument label in call (have '\(have)', expected '\(want)')", at: calleeSpan.end)
                } else {
                    error(
                        "incorrect argument label in call (have '\(a.label ?? "_"):', expected '\(p.label ?? "_"):')",
                        at: a.labelSpan ?? a.span)
                }
                return
            }
            if wrong.count > 1 {
                let have = given.map { ($0.label ?? "_") + ":" }.joined()
                let want = expectedParams.map { ($0.label ?? "_") + ":" }.joined()
                let missing = wrong.allSatisfy { $0.0.label == nil }
                if missing {
                    error("missing argument labels '\(want)' in call", at: wrong[0].0.span)
                } else {
                    error(
                        "incorrect argument labels in call (have '\(have)', expected '\(want)')",
                        at: wrong[0].0.labelSpan ?? wrong[0].0.span)
                }
                return
            }
        }
        if given.count < required.count {
            let provided = Set(given.compactMap(\.label))
            if let missing = required.first(where: { p in p.label.map { !provided.contains($0) } ?? true }
            ) ?? required.last {
                error(
                    "missing argument for parameter \(missing.label.map { "'\($0)'" } ?? "#\(params.firstIndex { $0.name == missing.name }.map { $0 + 1 } ?? 1)") in call",
                    at: rightParen)
                return
            }
        }
        if given.count > params.count {
            let extra = given[params.count]
            if let l = extra.label {
                error("extra argument '\(l)' in call", at: extra.span)
            } else {
                error(
                    params.count == 0
                        ? "argument passed to call that takes no arguments" : "extra argument in call",
                    at: extra.span)
            }
            return
        }
        error("argument labels do not match any overload", at: calleeSpan)
    }

    /// Resolves a call among `candidates`. `base` is checked already (methods); `args` are the
    /// call's arguments. Reports errors and returns nil when nothing fits.
    func resolveCall(
        _ candidates: [Candidate], arguments args: [Argument], expected: SwiftType?, calleeName: String,
        calleeSpan: SourceSpan, rightParen: SourcePosition, describeKind: String,
        prechecked initial: [TExpr?]? = nil
    ) -> ResolvedCall? {
        let matched = candidates.compactMap { c -> (Candidate, [[Int]])? in
            matchArguments(args, to: c.function.parameters).map { (c, $0) }
        }
        if matched.isEmpty {
            if candidates.isEmpty {
                error(
                    describeKind.hasPrefix("operator")
                        ? "cannot find operator '\(calleeName)' in scope"
                        : "cannot find '\(calleeName)' in scope",
                    at: calleeSpan)
            } else if candidates.count == 1 {
                reportLabelMismatch(
                    args, candidates[0].function.parameters, rightParen: rightParen, calleeSpan: calleeSpan)
            } else if !candidates.isEmpty {
                error("no exact matches in call to \(describeKind)", at: calleeSpan)
            }
            if initial == nil { args.forEach { _ = check($0.value, expected: nil) } }
            return nil
        }
        // Arguments that do not depend on the candidate are checked once.
        var prechecked: [TExpr?] =
            initial ?? args.map { needsContext($0.value) ? nil : check($0.value, expected: nil) }
        if matched.count == 1 {
            return noteGenerics(apply(matched[0].0, matched[0].1, args, &prechecked, expected: expected), calleeSpan)
        }
        var best: [(Int, Candidate, [[Int]])] = []
        for (c, mapping) in matched {
            let (score, ok) = trial { () -> Int in
                var pre = prechecked
                guard let r = apply(c, mapping, args, &pre, expected: nil) else { return Int.max }
                var score =
                    r.function.genericParameters.isEmpty && c.function.owner?.kind != .protocol ? 0 : 1
                for (arg, original) in zip(r.arguments, pre) {
                    score += 10 * conversionCount(arg)
                    if let original, case .variable(let v) = original.type, let k = v.literal,
                        !sameType(original.type, defaultType(of: k))
                    {
                        score += 10
                    }
                }
                if let expected, !expected.hasVariables, conversion(from: r.resultType, to: expected) == nil {
                    score += 1000
                }
                return score
            }
            if ok && score != Int.max { best.append((score, c, mapping)) }
        }
        guard let minimum = best.map(\.0).min() else {
            if describeKind.hasPrefix("operator") {
                let types = prechecked.compactMap { $0?.type.resolved }
                // `x > 3`, `x * 2` with an optional `x`: swiftc asks to unwrap it.
                let unwrapIndex = types.count == 2 ? types.indices.first { i in
                    guard let w = types[i].optionalWrapped, types[1 - i].optionalWrapped == nil else { return false }
                    return sameType(w, types[1 - i]) || isLiteralVariable(types[1 - i])
                } : nil
                if let i = unwrapIndex, let operand = prechecked[i] {
                    let wrapped = types[i].optionalWrapped!
                    error(
                        "value of optional type '\(types[i])' must be unwrapped to a value of type '\(wrapped.resolved)'",
                        at: operand.span)
                } else if types.count == 2 {
                    if sameType(types[0], types[1]) {
                        error(
                            "binary operator '\(calleeName)' cannot be applied to two '\(types[0])' operands",
                            at: calleeSpan)
                    } else {
                        error(
                            "binary operator '\(calleeName)' cannot be applied to operands of type '\(types[0])' and '\(types[1])'",
                            at: calleeSpan)
                    }
                } else if types.count == 1 {
                    error(
                        "unary operator '\(calleeName)' cannot be applied to an operand of type '\(types[0])'",
                        at: calleeSpan)
                } else {
                    error("no exact matches in call to \(describeKind)", at: calleeSpan)
                }
            } else {
                error("no exact matches in call to \(describeKind)", at: calleeSpan)
            }
            return nil
        }
        let winner = best.first { $0.0 == minimum }!
        return noteGenerics(apply(winner.1, winner.2, args, &prechecked, expected: expected), calleeSpan)
    }

    /// Keeps the chosen function's own generic parameters that only its result mentions
    /// (`func tolist<T>() -> [T]`: only the context can solve them) until the statement ends,
    /// when each must be solved (`reportUnsolvedGenerics`); trials keep nothing.
    func noteGenerics(_ call: ResolvedCall?, _ calleeSpan: SourceSpan) -> ResolvedCall? {
        guard trialDepth == 0, let call else { return call }
        func mentions(_ t: SwiftType, _ g: GenericParameterSymbol) -> Bool {
            switch t {
            case .genericParameter(let p): return p === g
            case .nominal(_, let args): return args.contains { mentions($0, g) }
            case .tuple(let elements): return elements.contains { mentions($0.type, g) }
            case .function(let f): return mentions(f.result, g) || f.parameters.contains { mentions($0.type, g) }
            case .metatype(let t): return mentions(t, g)
            default: return false
            }
        }
        for g in call.function.genericParameters
        where !call.function.parameters.contains(where: { mentions($0.type, g) }) {
            if case .variable(let v)? = call.substitution[ObjectIdentifier(g)] {
                pendingGenerics.append((v, g.name, calleeSpan.start, statementDepth))
            }
        }
        return call
    }

    /// How many implicit conversions a typed argument went through.
    func conversionCount(_ e: TExpr) -> Int {
        switch e.kind {
        case .injectIntoOptional(let inner), .toExistential(let inner), .upcast(let inner):
            return 1 + conversionCount(inner)
        default: return 0
        }
    }

    /// Checks one candidate against the arguments (reporting errors: run inside `trial` to ask).
    func apply(
        _ c: Candidate, _ mapping: [[Int]], _ args: [Argument], _ prechecked: inout [TExpr?],
        expected: SwiftType?
    ) -> ResolvedCall? {
        let fn = c.function
        var subst = c.substitution
        for g in fn.genericParameters { subst[ObjectIdentifier(g)] = newVariable() }
        if let owner = fn.owner {
            for g in owner.genericParameters where subst[ObjectIdentifier(g)] == nil {
                subst[ObjectIdentifier(g)] = newVariable()
            }
            if let s = owner.selfParameter, subst[ObjectIdentifier(s)] == nil {
                subst[ObjectIdentifier(s)] = newVariable()
            }
        }
        // The expected result type guides closures and literals in the arguments (`let x: [Double] = a.map { … }`).
        var typed: [TExpr] = []
        for (p, indices) in zip(fn.parameters, mapping) {
            let ptype = p.type.substituting(subst)
            if indices.isEmpty {
                if p.isVariadic {
                    typed.append(TExpr(.array([]), ptype, SourceSpan(at: SourcePosition(line: 0, column: 0))))
                } else if let d = p.defaultValue {
                    typed.append(TExpr(.defaultArgument(d), ptype, d.span))
                } else {
                    typed.append(TExpr(.error, ptype, .unknown))
                }
                continue
            }
            if p.isVariadic {
                let elementType = ptype.genericArguments.first ?? .error
                var elements: [TExpr] = []
                for i in indices {
                    elements.append(
                        checkArgument(args[i], i, &prechecked, against: elementType, isInout: false))
                }
                typed.append(TExpr(.array(elements), ptype, args[indices[0]].span))
                continue
            }
            typed.append(
                checkArgument(args[indices[0]], indices[0], &prechecked, against: ptype, isInout: p.isInout)
            )
        }
        // Constraints of the generic parameters and of the declaring extension.
        if let owner = fn.owner, owner.kind == .protocol, let selfParam = owner.selfParameter,
            let bound = subst[ObjectIdentifier(selfParam)]?.resolved, !conformsTo(bound, owner)
        {
            error(
                "type '\(bound)' does not conform to protocol '\(owner.name)'",
                at: args.first?.span ?? .unknown)
        }
        for g in fn.genericParameters {
            let bound = subst[ObjectIdentifier(g)]!.resolved
            for p in g.constraints where !conformsTo(bound, p) {
                error(
                    "\(fn.owner == nil ? "global function" : "instance method") '\(fn.name)' requires that '\(bound)' conform to '\(p.name)'",
                    at: args.first?.span ?? .unknown)
            }
        }
        for (g, t, same) in fn.requirements {
            guard let bound = subst[ObjectIdentifier(g)]?.resolved else { continue }
            if same {
                if !unify(bound, t.substituting(subst)) {
                    error(
                        "referencing instance method '\(fn.name)' requires the types '\(bound)' and '\(t)' be equivalent",
                        at: args.first?.span ?? .unknown)
                }
            } else if case .existential(let ps) = t {
                for p in ps where !conformsTo(bound, p) {
                    error(
                        "referencing instance method '\(fn.name)' on '\(fn.owner?.name ?? "")' requires that '\(bound)' conform to '\(p.name)'",
                        at: args.first?.span ?? .unknown)
                }
            }
        }
        var result = fn.result.substituting(subst)
        if fn.kind == .initializer, let owner = fn.owner, !fn.isFailable {
            result = owner.declaredType.substituting(subst)
        }
        if fn.kind == .initializer, let owner = fn.owner, fn.isFailable {
            result = env.optional(owner.declaredType.substituting(subst))
        }
        if let expected, !expected.hasVariables { _ = trialUnify(result, expected) }
        return ResolvedCall(function: fn, arguments: typed, substitution: subst, resultType: result)
    }

    /// Unifies when possible, leaving no partial bindings when not.
    func trialUnify(_ a: SwiftType, _ b: SwiftType) -> Bool {
        let mark = trail.count
        if unify(a, b) { return true }
        undo(to: mark)
        return false
    }

    func checkArgument(
        _ arg: Argument, _ index: Int, _ prechecked: inout [TExpr?], against ptype: SwiftType,
        isInout: Bool
    ) -> TExpr {
        if isInout, let pre = prechecked[index], case .inoutArgument = pre.kind {
            // The target of a compound assignment, checked by the caller.
            if !unify(pre.type, ptype) {
                error(
                    "cannot convert value of type '\(pre.type)' to expected argument type '\(ptype)'",
                    at: pre.span)
            }
            return pre
        }
        if isInout {
            guard case .inoutArgument(let inner) = arg.value.kind else {
                let e = prechecked[index] ?? check(arg.value, expected: ptype)
                if !e.type.isError {
                    error(
                        "passing value of type '\(e.type)' to an inout parameter requires explicit '&'",
                        at: arg.value.span)
                }
                return e
            }
            let target = checkLValue(inner)
            if !unify(target.type, ptype) {
                error(
                    "cannot convert value of type '\(target.type)' to expected argument type '\(ptype)'",
                    at: inner.span)
            }
            return TExpr(.inoutArgument(target), ptype, arg.value.span)
        }
        if case .inoutArgument = arg.value.kind {
            error("'&' used with non-inout argument of type '\(ptype)'", at: arg.value.span)
        }
        let e = prechecked[index] ?? check(arg.value, expected: ptype)
        if prechecked[index] == nil { prechecked[index] = e }
        return coerce(e, to: ptype, site: .argument)
    }

    // MARK: Callees

    /// Candidates for the members named `name` of a value of type `base` (instance members, or
    /// static ones when `isStatic`), with the substitution the base fixes.
    func memberFunctions(of base: SwiftType, named name: String, isStatic: Bool) -> [Candidate] {
        var result: [Candidate] = []
        for (symbol, subst) in lookupMembers(of: base, named: name) {
            if case .function(let f) = symbol, f.isStatic == isStatic,
                f.kind != .getter || name == "subscript"
            {
                result.append(Candidate(function: f, substitution: subst))
            }
        }
        return result
    }

    /// Every member named `name` visible on `base`: the type's own (and its extensions'), its
    /// superclasses', and its protocols' extensions; with the substitution of generic arguments.
    func lookupMembers(of base: SwiftType, named name: String) -> [(Symbol, Substitution)] {
        var result: [(Symbol, Substitution)] = []
        switch base.resolved {
        case .nominal(let s, let args):
            var subst: Substitution = [:]
            for (g, a) in zip(s.genericParameters, args) { subst[ObjectIdentifier(g)] = a }
            var t: TypeSymbol? = s
            while let k = t {
                for m in k.members[name] ?? [] { result.append((m, subst)) }
                t = k.superclass
            }
            if result.isEmpty { result += protocolMembers(s.conformances, name, selfType: base) }
        case .genericParameter(let g):
            result += protocolMembers(g.constraints, name, selfType: base)
        case .existential(let ps):
            result += protocolMembers(ps, name, selfType: base)
        default: break
        }
        return result
    }

    func protocolMembers(_ protocols: [TypeSymbol], _ name: String, selfType: SwiftType) -> [(
        Symbol, Substitution
    )] {
        var result: [(Symbol, Substitution)] = []
        var seen = Set<ObjectIdentifier>()
        func visit(_ p: TypeSymbol) {
            guard seen.insert(ObjectIdentifier(p)).inserted else { return }
            for m in p.members[name] ?? [] {
                result.append((m, p.selfParameter.map { [ObjectIdentifier($0): selfType] } ?? [:]))
            }
            p.conformances.forEach(visit)
        }
        protocols.forEach(visit)
        return result
    }
}
