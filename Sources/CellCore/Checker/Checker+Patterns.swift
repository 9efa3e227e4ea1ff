// Patterns against the type they match: bindings, tuples, enum cases (with payloads), optionals
// (`x?`, `.some`, `.none`, `nil`), and expressions compared with `==` or contained in a range.

import CellSyntax

extension Checker {
    func checkPattern(
        _ p: Pattern, against type: SwiftType, bindAsLet: Bool, loopVariable: Bool = false,
        subjectSlot: Int? = nil,
        binding: Bool = false
    ) -> TPattern {
        let type = type.resolved
        switch p.kind {
        case .wildcard:
            return .wildcard
        case .binding(let name):
            let (v, slot) =
                loopVariable || subjectSlot != nil || !function.isTopLevel || scope !== env.globalScope
                ? declareLocal(name, type: type, isLet: bindAsLet)
                : declareVariable(name, type: type, isLet: bindAsLet)
            return .bind(v, slot: slot)
        case .valueBinding(let isVar, let inner):
            return checkPattern(
                inner, against: type, bindAsLet: !isVar, loopVariable: loopVariable,
                subjectSlot: subjectSlot, binding: true)
        case .typed(let inner, let ref):
            let t = resolveType(ref)
            if !unify(t, type) {
                error("cannot convert value of type '\(type)' to specified type '\(t)'", at: p.span)
            }
            return checkPattern(
                inner, against: t, bindAsLet: bindAsLet, loopVariable: loopVariable,
                subjectSlot: subjectSlot, binding: binding)
        case .tuple(let elements):
            guard case .tuple(let types) = type, types.count == elements.count else {
                if !type.isError {
                    error("tuple pattern cannot match values of the non-tuple type '\(type)'", at: p.span)
                }
                return .wildcard
            }
            return .tuple(
                zip(elements, types).map {
                    checkPattern(
                        $0.pattern, against: $1.type, bindAsLet: bindAsLet, loopVariable: loopVariable,
                        subjectSlot: subjectSlot, binding: binding)
                })
        case .optional(let inner):
            guard let wrapped = type.optionalWrapped else {
                error("'?' pattern cannot match values of type '\(type)'", at: p.span)
                return .wildcard
            }
            return .some(
                checkPattern(
                    inner, against: wrapped, bindAsLet: bindAsLet, loopVariable: loopVariable,
                    subjectSlot: subjectSlot, binding: binding), depth: 0)
        case .enumCase(let typeRef, let name, let nameSpan, let arguments):
            var enumType = type
            if let typeRef { enumType = resolveType(typeRef) }
            if let wrapped = type.optionalWrapped {
                if name == "some", let args = arguments, args.count == 1 {
                    return .some(
                        checkPattern(
                            args[0].pattern, against: wrapped, bindAsLet: bindAsLet, subjectSlot: subjectSlot,
                            binding: binding), depth: 0)
                }
                if name == "none" && arguments == nil { return .none }
                // `case .north?` style matching through the optional.
                enumType = wrapped
                let inner = checkPattern(
                    p, against: wrapped, bindAsLet: bindAsLet, subjectSlot: subjectSlot, binding: binding)
                return .some(inner, depth: 0)
            }
            guard let s = enumType.symbol, s.kind == .enum,
                let c = s.cases.first(where: { $0.name == name })
            else {
                if !type.isError { error("type '\(type)' has no member '\(name)'", at: nameSpan) }
                return .wildcard
            }
            guard let args = arguments else { return .enumCase(c, nil) }
            let payload = (c.payload ?? []).map { $0.type.substituting(substitution(of: enumType)) }
            if args.count == 1 && payload.count > 1 {
                // `case .pair(let both)`: the whole payload as a tuple.
                let tupleType = SwiftType.tuple(
                    zip(c.payload!, payload).map { TupleElementType(label: $0.label, type: $1) })
                let inner = checkPattern(
                    args[0].pattern, against: tupleType, bindAsLet: bindAsLet, subjectSlot: subjectSlot,
                    binding: binding)
                return .enumCase(c, [inner])
            }
            guard args.count == payload.count else {
                error(
                    "tuple pattern has the wrong length for tuple type '\(SwiftType.tuple(payload.map { TupleElementType(label: nil, type: $0) }))'",
                    at: p.span)
                return .wildcard
            }
            return .enumCase(
                c,
                zip(args, payload).map {
                    checkPattern(
                        $0.pattern, against: $1, bindAsLet: bindAsLet, subjectSlot: subjectSlot,
                        binding: binding)
                })
        case .expression(let e):
            if case .nilLiteral = e.kind, type.optionalWrapped != nil { return .none }
            // An identifier inside `let` binds; elsewhere it is a value to compare.
            if binding, case .identifier(let name, _) = e.kind {
                return checkPattern(
                    Pattern(.binding(name), p.span), against: type, bindAsLet: bindAsLet,
                    loopVariable: loopVariable,
                    subjectSlot: subjectSlot)
            }
            return expressionPattern(e, against: type, subjectSlot: subjectSlot, span: p.span)
        case .isType(let ref):
            return .typeTest(resolveType(ref), .wildcard)
        case .cast(let inner, let ref):
            let t = resolveType(ref)
            return .typeTest(
                t,
                checkPattern(
                    inner, against: t, bindAsLet: bindAsLet, subjectSlot: subjectSlot, binding: binding))
        }
    }

    /// `case 1...5`, `case "a"`, `case limit`: `pattern ~= subject`, with `==` for equatable
    /// values and containment for ranges.
    func expressionPattern(_ e: Expr, against type: SwiftType, subjectSlot: Int?, span: SourceSpan)
        -> TPattern
    {
        let slot: Int
        if let subjectSlot {
            slot = subjectSlot
        } else {
            slot = declareLocal("$subject", type: type, isLet: true).1
        }
        let subjectVar = VarSymbol(
            name: "$subject", type: type, isLet: true, storage: .local(slot: slot))
        subjectVar.context = function
        let subject = TExpr(.variable(subjectVar, slot: slot), type, span)
        let value = check(e, expected: type)
        let isRange =
            value.type.symbol.map {
                $0.representation == .range || $0.representation == .closedRange
                    || ($0.isLibrary && $0.name.hasPrefix("PartialRange"))
            } ?? false
        let op = isRange ? "~=" : "=="
        let candidates = (env.operators[op] ?? []).filter { $0.parameters.count == 2 }.map {
            Candidate(function: $0)
        }
        let args = [
            Argument(label: nil, value: e, span: e.span), Argument(label: nil, value: e, span: e.span),
        ]
        guard
            let call = resolveCall(
                candidates, arguments: args, expected: env.bool, calleeName: op, calleeSpan: e.span,
                rightParen: e.span.end,
                describeKind: "operator function '\(op)'", prechecked: [value, subject])
        else {
            return .wildcard
        }
        settleLiterals()
        let test = TExpr(
            .call(call.function, base: nil, arguments: call.arguments, substitutions: call.substitution),
            env.bool, e.span)
        return .expression(test, subjectSlot: slot)
    }

    /// A `catch` clause's pattern, matched against the thrown error (`any Error`).
    func checkCatchPattern(_ p: Pattern, errorSlot: Int, errorVar: VarSymbol) -> TPattern {
        switch p.kind {
        case .enumCase(let typeRef?, _, _, _):
            let t = resolveType(typeRef)
            return .typeTest(t, checkPattern(p, against: t, bindAsLet: true, subjectSlot: errorSlot))
        case .valueBinding(_, let inner):
            if case .cast(let bound, let ref) = inner.kind {
                let t = resolveType(ref)
                return .typeTest(
                    t, checkPattern(bound, against: t, bindAsLet: true, subjectSlot: errorSlot, binding: true)
                )
            }
            return checkPattern(
                inner, against: errorVar.type, bindAsLet: true, subjectSlot: errorSlot, binding: true)
        case .cast(let inner, let ref):
            let t = resolveType(ref)
            return .typeTest(
                t, checkPattern(inner, against: t, bindAsLet: true, subjectSlot: errorSlot, binding: true))
        case .isType(let ref):
            return .typeTest(resolveType(ref), .wildcard)
        default:
            return checkPattern(p, against: errorVar.type, bindAsLet: true, subjectSlot: errorSlot)
        }
    }
}
