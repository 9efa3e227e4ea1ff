// Operators and assignment. Operators are functions (the library declares `static func +` in
// each numeric type), resolved like calls; two rules of their own live here: operands that are
// both still-untyped literals defer the choice (`7 / 2 * 2.0` is Double because the `2.0` comes
// later), and `&&`, `||`, `??` short-circuit.

import CellSyntax

extension Checker {
    /// Operators whose overloads all have the shape `(T, T) -> T`.
    static let homogeneousOperators: Set<String> = [
        "+", "-", "*", "/", "%", "&+", "&-", "&*", "&", "|", "^",
    ]
    /// Operators whose overloads all have the shape `(T, T) -> Bool`.
    static let comparisonOperators: Set<String> = ["==", "!=", "<", "<=", ">", ">="]

    func checkBinary(
        _ op: String, _ l: Expr, _ r: Expr, opSpan: SourceSpan, expected: SwiftType?, span: SourceSpan
    ) -> TExpr {
        switch op {
        case "&&", "||":
            let a = coerce(check(l, expected: env.bool), to: env.bool, site: .condition)
            let b = coerce(check(r, expected: env.bool), to: env.bool, site: .condition)
            return TExpr(op == "&&" ? .and(a, b) : .or(a, b), env.bool, opSpan)
        case "??":
            let a = check(l, expected: expected.map { env.optional($0) })
            guard let wrapped = a.type.optionalWrapped else {
                if a.type.isError { return a }
                let b = check(r, expected: a.type)
                return coerce(b, to: a.type, site: .none)
            }
            let b = check(r, expected: expected ?? wrapped)
            if let c = trial({ conversion(from: b.type, to: wrapped) }).0, !c.isEmpty {
                return TExpr(.nilCoalescing(a, coerce(b, to: wrapped, site: .none)), wrapped, opSpan)
            }
            let optionalType = a.type
            return TExpr(
                .nilCoalescing(a, coerce(b, to: optionalType, site: .none)), optionalType, opSpan)
        case "==", "!=":
            if let c = checkNilComparison(op, l, r, opSpan: opSpan) { return c }
        default:
            break
        }
        var hint: SwiftType? = nil
        if Checker.homogeneousOperators.contains(op), let expected, let s = expected.symbol,
            !s.literalKinds.isEmpty
        {
            hint = expected
            // `n / 2` with an Int `n` where a Double is expected: the operands decide (Int / Int),
            // and the result's conversion is what fails, as swiftc reports it.
            for operand in [l, r] where !isNumberLiteral(operand) {
                let (t, ok) = trial { check(operand, expected: nil).type.resolved }
                if ok, !isLiteralVariable(t), literalHint(t) != nil, !sameType(t, expected) {
                    hint = nil
                    break
                }
            }
        }
        let a = check(l, expected: hint)
        let b =
            needsContext(r)
            ? nil : check(r, expected: hint ?? (isLiteralVariable(a.type) ? nil : literalHint(a.type)))
        if let b, a.type.isError || b.type.isError { return TExpr(.error, .error, span) }
        if let b, isLiteralVariable(a.type), isLiteralVariable(b.type),
            Checker.homogeneousOperators.contains(op) || Checker.comparisonOperators.contains(op)
        {
            if unify(a.type, b.type) {
                let candidates = (env.operators[op] ?? []).filter {
                    $0.parameters.count == 2 && $0.genericParameters.isEmpty && $0.owner?.kind != .protocol
                }
                let type = Checker.comparisonOperators.contains(op) ? env.bool : a.type
                return TExpr(.deferredOperator(candidates, [a, b]), type, opSpan)
            }
        }
        let candidates = (env.operators[op] ?? []).filter { $0.parameters.count == 2 }.map {
            Candidate(function: $0)
        }
        if candidates.isEmpty {
            error("cannot find operator '\(op)' in scope", at: opSpan)
            return TExpr(.error, .error, span)
        }
        let args = [
            Argument(label: nil, value: l, span: l.span), Argument(label: nil, value: r, span: r.span),
        ]
        guard
            let call = resolveCall(
                candidates, arguments: args, expected: expected, calleeName: op, calleeSpan: opSpan,
                rightParen: r.span.end, describeKind: "operator function '\(op)'", prechecked: [a, b])
        else { return TExpr(.error, .error, span) }
        return TExpr(
            .call(call.function, base: nil, arguments: call.arguments, substitutions: call.substitution),
            call.resultType, opSpan)
    }

    /// `2`, `0.5`, `-1`: operands whose type the context gives.
    func isNumberLiteral(_ e: Expr) -> Bool {
        switch e.kind {
        case .integerLiteral, .floatLiteral: return true
        case .prefix(_, let inner, _): return isNumberLiteral(inner)
        case .paren(let inner): return isNumberLiteral(inner)
        default: return false
        }
    }

    /// `x == nil`, `nil != x` for an optional `x` of any type, Equatable or not (Swift's
    /// `_OptionalNilComparisonType` overloads): the library's `==(T?,T?)` with no constraint on
    /// `T`, since comparing with `.none` needs none. nil when neither operand is `nil`, or the
    /// other one is not an optional (the ordinary overloads then report it).
    func checkNilComparison(_ op: String, _ l: Expr, _ r: Expr, opSpan: SourceSpan) -> TExpr? {
        func isNil(_ e: Expr) -> Bool {
            if case .nilLiteral = e.kind { return true }
            if case .paren(let inner) = e.kind { return isNil(inner) }
            return false
        }
        guard isNil(l) != isNil(r) else { return nil }
        let (other, nilExpr) = isNil(r) ? (l, r) : (r, l)
        guard trial({ check(other, expected: nil).type.optionalWrapped != nil }).0,
            let fn = (env.operators[op] ?? []).first(where: { $0.host == "\(op)(T?,T?)" })
        else { return nil }
        let value = check(other, expected: nil)
        guard let wrapped = value.type.optionalWrapped, let g = fn.genericParameters.first else { return nil }
        let none = TExpr(.nilLiteral, value.type, nilExpr.span)
        return TExpr(
            .call(
                fn, base: nil, arguments: isNil(r) ? [value, none] : [none, value],
                substitutions: [ObjectIdentifier(g): wrapped]),
            env.bool, opSpan)
    }

    /// `x...` and a cell's own postfix operators: the one-operand `postfix func`s.
    func checkPostfix(
        _ op: String, _ operand: Expr, opSpan: SourceSpan, expected: SwiftType?, span: SourceSpan
    ) -> TExpr {
        let a = check(operand, expected: nil)
        if a.type.isError { return a }
        let candidates = (env.operators[op] ?? []).filter { $0.parameters.count == 1 && $0.isPostfix }.map {
            Candidate(function: $0)
        }
        if candidates.isEmpty {
            error("cannot find operator '\(op)' in scope", at: opSpan)
            return TExpr(.error, .error, span)
        }
        let args = [Argument(label: nil, value: operand, span: operand.span)]
        guard
            let call = resolveCall(
                candidates, arguments: args, expected: expected, calleeName: op, calleeSpan: opSpan,
                rightParen: opSpan.end, describeKind: "operator function '\(op)'", prechecked: [a])
        else { return TExpr(.error, .error, span) }
        return TExpr(
            .call(call.function, base: nil, arguments: call.arguments, substitutions: call.substitution),
            call.resultType, opSpan)
    }

    /// The type a literal operand should take beside an operand of type `t` (`x * 2` with a
    /// Double `x`: the 2 is a Double).
    func literalHint(_ t: SwiftType) -> SwiftType? {
        if let s = t.resolved.symbol, !s.literalKinds.isEmpty { return t.resolved }
        return nil
    }

    func checkPrefix(
        _ op: String, _ operand: Expr, opSpan: SourceSpan, expected: SwiftType?, span: SourceSpan
    ) -> TExpr {
        if op == "-" {
            switch operand.kind {
            case .integerLiteral(let text):
                let type = literalType(.integer, expected)
                checkIntegerLiteralFits(text, negative: true, type, span)
                return TExpr(.integerLiteral(text, negative: true), type, span)
            case .floatLiteral(let text):
                return TExpr(.floatLiteral(text, negative: true), literalType(.float, expected), span)
            default: break
            }
        }
        let a = check(operand, expected: op == "!" ? env.bool : expected)
        if a.type.isError { return a }
        if isLiteralVariable(a.type) && (op == "-" || op == "+") {
            let candidates = (env.operators[op] ?? []).filter {
                $0.parameters.count == 1 && $0.genericParameters.isEmpty
            }
            return TExpr(.deferredOperator(candidates, [a]), a.type, opSpan)
        }
        let candidates = (env.operators[op] ?? []).filter { $0.parameters.count == 1 && !$0.isPostfix }.map {
            Candidate(function: $0)
        }
        let args = [Argument(label: nil, value: operand, span: operand.span)]
        guard
            let call = resolveCall(
                candidates, arguments: args, expected: expected, calleeName: op, calleeSpan: opSpan,
                rightParen: operand.span.end, describeKind: "operator function '\(op)'", prechecked: [a])
        else { return TExpr(.error, .error, span) }
        return TExpr(
            .call(call.function, base: nil, arguments: call.arguments, substitutions: call.substitution),
            call.resultType, opSpan)
    }

    func checkAssignment(
        _ op: String, _ target: Expr, _ value: Expr, opSpan: SourceSpan, span: SourceSpan
    ) -> TExpr {
        if case .discard = target.kind {
            let v = check(value, expected: nil)
            settleLiteralsIn(v)
            return TExpr(.discardValue(v), .void, span)
        }
        if op == "=", case .tuple(let elements) = target.kind {
            // `(a, b) = (b, a)`: the value first, then each element assigned.
            let targets = elements.map { el -> TExpr in
                if case .discard = el.value.kind { return TExpr(.discardValue(TExpr(.error, .error, el.value.span)), newVariable(), el.value.span) }
                return checkLValue(el.value)
            }
            let type = SwiftType.tuple(zip(elements, targets).map { TupleElementType(label: $0.label, type: $1.type) })
            let v = check(value, expected: type)
            return TExpr(.assign(TExpr(.tuple(targets), type, target.span), coerce(v, to: type, site: .assignment)), .void, span)
        }
        if op == "=" {
            let t = checkLValue(target)
            if case .nilLiteral = value.kind, !t.type.isError, t.type.optionalWrapped == nil, !t.type.hasVariables {
                error("'nil' cannot be assigned to type '\(t.type)'", at: value.span)
                return TExpr(.error, .error, span)
            }
            let v = check(value, expected: t.type)
            return TExpr(.assign(t, coerce(v, to: t.type, site: .assignment)), .void, span)
        }
        let target = check(target, expected: nil)
        if target.type.isError {
            _ = check(value, expected: nil)
            return TExpr(.error, .error, span)
        }
        // A class's operator taking its left operand by value (`static func -= (lhs: Tensor, rhs:
        // Tensor)`) changes the object, not the variable: a plain call, on a `let` too, as in Swift.
        let byValue = (env.operators[op] ?? []).filter {
            $0.parameters.count == 2 && !$0.parameters[0].isInout && $0.owner?.kind == .class
                && $0.owner === target.type.resolved.symbol
        }
        if !byValue.isEmpty {
            let args = [
                Argument(label: nil, value: value, span: target.span),
                Argument(label: nil, value: value, span: value.span),
            ]
            guard
                let call = resolveCall(
                    byValue.map { Candidate(function: $0) }, arguments: args, expected: nil, calleeName: op,
                    calleeSpan: opSpan, rightParen: value.span.end, describeKind: "operator function '\(op)'",
                    prechecked: [target, needsContext(value) ? nil : check(value, expected: literalHint(target.type))])
            else { return TExpr(.error, .error, span) }
            return TExpr(
                .call(call.function, base: nil, arguments: call.arguments, substitutions: call.substitution), .void, opSpan)
        }
        let t = mutableLValue(target, mutatingOperator: op, operatorSpan: opSpan)
        if t.type.isError {
            _ = check(value, expected: nil)
            return TExpr(.error, .error, span)
        }
        let candidates = (env.operators[op] ?? []).filter {
            $0.parameters.count == 2 && $0.parameters[0].isInout
        }.map { Candidate(function: $0) }
        let v = needsContext(value) ? nil : check(value, expected: literalHint(t.type))
        let args = [
            Argument(label: nil, value: value, span: value.span),
            Argument(label: nil, value: value, span: value.span),
        ]
        // The target is already checked: it goes in as a typed inout argument.
        let inoutTarget = TExpr(.inoutArgument(t), t.type, target.span)
        guard
            let call = resolveCall(
                candidates, arguments: args, expected: nil, calleeName: op, calleeSpan: opSpan,
                rightParen: value.span.end, describeKind: "operator function '\(op)'",
                prechecked: [inoutTarget, v])
        else { return TExpr(.error, .error, span) }
        return TExpr(.compoundAssign(call.function, t, call.arguments[1]), .void, opSpan)
    }

    /// Checks an expression that is assigned to, passed `inout`, or mutated by a method,
    /// reporting swiftc's error when it is not mutable.
    func checkLValue(_ e: Expr, mutatingOperator: String? = nil, operatorSpan: SourceSpan? = nil)
        -> TExpr
    {
        mutableLValue(check(e, expected: nil), mutatingOperator: mutatingOperator, operatorSpan: operatorSpan)
    }

    /// An already checked lvalue, or an error expression after swiftc's error when it is not
    /// mutable.
    func mutableLValue(_ t: TExpr, mutatingOperator: String? = nil, operatorSpan: SourceSpan? = nil) -> TExpr {
        let e = t
        if t.type.isError { return t }
        if let (name, kind) = immutableRoot(t) {
            if let op = mutatingOperator {
                error(
                    "left side of mutating operator isn't mutable: '\(name)' is \(kind)",
                    at: operatorSpan ?? e.span)
                _ = op
            } else {
                switch t.kind {
                case .property: error("cannot assign to property: '\(name)' is \(kind)", at: t.span)
                case .subscript: error("cannot assign through subscript: '\(name)' is \(kind)", at: e.span)
                default: error("cannot assign to value: '\(name)' is \(kind)", at: e.span)
                }
            }
            return TExpr(.error, .error, e.span)
        }
        return t
    }

    /// The name and reason that make an lvalue immutable (`("k", "a 'let' constant")`), or nil.
    func immutableRoot(_ t: TExpr) -> (String, String)? {
        switch t.kind {
        case .variable(let v, _):
            if v.isLet { return (v.name, "a 'let' constant") }
            if case .computed(_, nil) = v.storage { return (v.name, "a get-only property") }
            return nil
        case .selfValue(let slot):
            if function.isMutating || (function.selfVariable?.type.symbol?.kind == .class) { return nil }
            _ = slot
            return ("self", "immutable")
        case .property(let base, let v):
            if v.isLet, function.isInitializer, let base, case .selfValue = base.kind,
                case .field = v.storage
            {
                return nil
            }
            if case .computed(_, nil) = v.storage { return (v.name, "a get-only property") }
            if v.isLet {
                if case .host = v.storage { return (v.name, "a get-only property") }
                return (v.name, "a 'let' constant")
            }
            guard let base else { return nil }
            if base.type.symbol?.kind == .class { return nil }
            return immutableRoot(base)
        case .subscript(let base, _, _):
            if base.type.symbol?.kind == .class { return nil }
            return immutableRoot(base)
        case .tupleElement(let base, _):
            return immutableRoot(base)
        case .forceUnwrap(let base):
            return immutableRoot(base)
        case .bindOptional(let base, _):
            return immutableRoot(base)
        case .optionalEvaluation(let inner, _):
            if case .injectIntoOptional(let x) = inner.kind { return immutableRoot(x) }
            return immutableRoot(inner)
        case .injectIntoOptional(let inner):
            return immutableRoot(inner)
        default:
            return ("value", "immutable")
        }
    }
}
