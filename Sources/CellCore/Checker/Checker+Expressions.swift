// The typing rule of each expression kind, one case each. `check(e, expected:)` pushes the
// expected type down (literals, closures, `.member`, `nil`, collection literals) and returns the
// typed expression, whose type the caller then converts (`coerce`) to what it needs.

import CellSyntax

extension Checker {
    func check(_ e: Expr, expected: SwiftType?) -> TExpr {
        let expected = expected?.resolved
        switch e.kind {
        case .integerLiteral(let text):
            let type = literalType(.integer, expected)
            checkIntegerLiteralFits(text, negative: false, type, e.span)
            return TExpr(.integerLiteral(text, negative: false), type, e.span)
        case .floatLiteral(let text):
            return TExpr(.floatLiteral(text, negative: false), literalType(.float, expected), e.span)
        case .booleanLiteral(let b):
            return TExpr(.booleanLiteral(b), env.bool, e.span)
        case .stringLiteral(let parts):
            return checkString(parts, expected: expected, span: e.span)
        case .nilLiteral:
            if let expected, expected.optionalWrapped != nil {
                return TExpr(.nilLiteral, expected, e.span)
            }
            if case .variable(let v)? = expected, v.literal == nil {
                let t = env.optional(newVariable())
                bind(v, t)
                return TExpr(.nilLiteral, t, e.span)
            }
            error("'nil' requires a contextual type", at: e.span)
            return TExpr(.error, .error, e.span)
        case .identifier(let name, _):
            return checkIdentifier(name, expected: expected, span: e.span)
        case .selfRef:
            guard let selfVar = function.selfVariable ?? enclosingSelf() else {
                error("cannot find 'self' in scope", at: e.span)
                return TExpr(.error, .error, e.span)
            }
            return TExpr(.selfValue(slot: function.slot(of: selfVar)), selfVar.type, e.span)
        case .paren(let inner):
            return check(inner, expected: expected)
        case .tuple(let elements):
            return checkTuple(elements, expected: expected, span: e.span)
        case .array(let elements):
            return checkArrayLiteral(elements, expected: expected, span: e.span)
        case .dictionary(let entries):
            return checkDictionaryLiteral(entries, expected: expected, span: e.span)
        case .prefix(let op, let operand, let opSpan):
            return checkPrefix(op, operand, opSpan: opSpan, expected: expected, span: e.span)
        case .postfix(let op, let operand, let opSpan):
            return checkPostfix(op, operand, opSpan: opSpan, expected: expected, span: e.span)
        case .binary(let op, let l, let r, let opSpan):
            return checkBinary(op, l, r, opSpan: opSpan, expected: expected, span: e.span)
        case .assignment(let op, let target, let value, let opSpan):
            return checkAssignment(op, target, value, opSpan: opSpan, span: e.span)
        case .ternary(let c, let a, let b, let q):
            let cond = coerce(check(c, expected: env.bool), to: env.bool, site: .condition)
            let ta = check(a, expected: expected)
            let tb = check(b, expected: expected ?? ta.type)
            let t = expected ?? ta.type
            let ca = coerce(ta, to: t, site: .none)
            let cb = coerce(tb, to: t, site: .none)
            return TExpr(.ternary(cond, ca, cb), t, q)
        case .call(let callee, let args, let rightParen):
            let call = checkCall(callee, args, rightParen: rightParen, expected: expected, span: e.span)
            checkErrorHandling(ofCall: call, at: e.span.start)
            return call
        case .subscript(let base, let args, let rightBracket):
            return checkSubscript(base, args, rightBracket: rightBracket, span: e.span, expected: expected)
        case .member(let base, let name, let nameSpan, _, _):
            return checkMember(base, name, nameSpan: nameSpan, expected: expected, span: e.span)
        case .tupleIndex(let base, let index, let nameSpan):
            let b = check(base, expected: nil)
            guard case .tuple(let elements) = b.type.resolved, index < elements.count else {
                if !b.type.isError {
                    error("value of type '\(b.type)' has no member '\(index)'", at: nameSpan)
                }
                return TExpr(.error, .error, e.span)
            }
            return TExpr(.tupleElement(b, index), elements[index].type, e.span)
        case .implicitMember(let name, let nameSpan):
            return checkImplicitMember(name, nameSpan: nameSpan, expected: expected, span: e.span)
        case .closure(let c):
            return checkClosure(c, expected: expected, span: e.span)
        case .forceUnwrap(let inner, let bang):
            let t = check(inner, expected: expected.map { env.optional($0) })
            guard let wrapped = t.type.optionalWrapped else {
                if !t.type.isError {
                    error("cannot force unwrap value of non-optional type '\(t.type)'", at: bang)
                }
                return TExpr(.error, .error, e.span)
            }
            return TExpr(.forceUnwrap(t), wrapped, bang)
        case .optionalEvaluation(let inner):
            optionalChainDepth += 1
            let depth = optionalChainDepth
            let t = check(inner, expected: nil)
            optionalChainDepth -= 1
            let type = t.type.optionalWrapped != nil ? t.type : env.optional(t.type)
            let body = t.type.optionalWrapped != nil ? t : TExpr(.injectIntoOptional(t), type, t.span)
            return TExpr(.optionalEvaluation(body, depth: depth), type, e.span)
        case .bindOptional(let inner, let q):
            let t = check(inner, expected: nil)
            guard let wrapped = t.type.optionalWrapped else {
                if !t.type.isError {
                    error("cannot use optional chaining on non-optional value of type '\(t.type)'", at: q)
                }
                return TExpr(.error, .error, e.span)
            }
            return TExpr(.bindOptional(t, depth: optionalChainDepth), wrapped, q)
        case .try(let kind, let inner):
            let context = function
            context.openTries.append((kind, e.span.start))
            let t = check(inner, expected: expected)
            context.openTries.removeLast()
            switch kind {
            case .plain: return TExpr(.tryExpr(.plain, t), t.type, e.span)
            case .forced: return TExpr(.tryExpr(.forced, t), t.type, e.span)
            case .optional:
                let type = t.type.optionalWrapped != nil ? t.type : env.optional(t.type)
                let body = t.type.optionalWrapped != nil ? t : TExpr(.injectIntoOptional(t), type, t.span)
                return TExpr(.tryExpr(.optional, body), type, e.span)
            }
        case .cast(let inner, let kind, let ref, let keyword):
            let target = resolveType(ref)
            switch kind {
            case .coerce:
                let t = check(inner, expected: target)
                return coerce(t, to: target, site: .none)
            case .conditional, .forced:
                let t = check(inner, expected: nil)
                settleLiteralsIn(t)
                return TExpr(
                    .conditionalCast(t, target, forced: kind == .forced),
                    kind == .forced ? target : env.optional(target), keyword)
            }
        case .isType(let inner, let ref, let keyword):
            let t = check(inner, expected: nil)
            return TExpr(.typeCheck(t, resolveType(ref)), env.bool, keyword)
        case .inoutArgument(let inner):
            error("'&' may only be used to pass an argument to inout parameter", at: e.span)
            return check(inner, expected: expected)
        case .type(let ref):
            return TExpr(.typeValue(resolveType(ref)), .metatype(resolveType(ref)), e.span)
        case .discard:
            error("'_' can only appear in a pattern or on the left side of an assignment", at: e.span)
            return TExpr(.error, .error, e.span)
        case .anonymousClosureArgument(let n):
            return checkIdentifier("$\(n)", expected: expected, span: e.span)
        case .superRef:
            error("'super' members cannot be referenced in a root class", at: e.span)
            return TExpr(.error, .error, e.span)
        case .keyPath(_, let components):
            // `\.name.count` used as a function: the closure `{ $0.name.count }`.
            var body = Expr(.anonymousClosureArgument(0), e.span)
            for c in components {
                body = Expr(
                    .member(body, name: c, nameSpan: e.span, dot: e.span.start, genericArguments: []), e.span)
            }
            let closure = ClosureExpr(
                parameters: nil, returnType: nil, body: [Stmt(.expression(body), e.span)],
                rightBrace: e.span.end)
            return checkClosure(closure, expected: expected, span: e.span)
        case .ifExpression, .switchExpression:
            error("this expression is not supported yet", at: e.span)
            return TExpr(.error, .error, e.span)
        }
    }

    /// The `self` of an enclosing method, seen from a closure inside it.
    func enclosingSelf() -> VarSymbol? {
        var c = function.parent
        while let k = c {
            if let s = k.selfVariable { return s }
            c = k.parent
        }
        return nil
    }

    /// A literal's type: the expected type when it can be written with this literal (`let d:
    /// Double = 1`), otherwise a variable that the statement's other constraints or the
    /// default will settle.
    func literalType(_ kind: LiteralKind, _ expected: SwiftType?) -> SwiftType {
        if let expected, let s = expected.symbol, s.literalKinds.contains(kind) { return expected }
        if let w = expected?.optionalWrapped, let s = w.symbol, s.literalKinds.contains(kind) {
            return w
        }
        return newVariable(literal: kind)
    }

    /// Defaults the literals of one subexpression now (before a cast or a print).
    func settleLiteralsIn(_ e: TExpr) {
        if case .variable(let v) = e.type.resolved, let k = v.literal { bind(v, defaultType(of: k)) }
    }

    func checkString(_ parts: [StringPart], expected: SwiftType?, span: SourceSpan) -> TExpr {
        var typedParts: [InterpolationPart] = []
        var plain = true
        for part in parts {
            switch part {
            case .literal(let s): typedParts.append(.literal(s))
            case .interpolation(let args, let ispan):
                plain = false
                guard args.count == 1, args[0].label == nil else {
                    error("interpolation with labels is not supported", at: ispan)
                    continue
                }
                let v = check(args[0].value, expected: nil)
                settleLiteralsIn(v)
                typedParts.append(.value(v))
            }
        }
        if plain {
            let text = parts.map { if case .literal(let s) = $0 { return s } else { return "" } }.joined()
            var type = literalType(.string, expected)
            if let s = type.symbol, s.representation == .character, text.count != 1 { type = env.string }
            return TExpr(.stringLiteral(text), type, span)
        }
        return TExpr(.interpolation(typedParts), env.string, span)
    }

    func checkTuple(_ elements: [TupleElement], expected: SwiftType?, span: SourceSpan) -> TExpr {
        var expectedElements: [TupleElementType]? = nil
        if case .tuple(let ee)? = expected, ee.count == elements.count { expectedElements = ee }
        var typed: [TExpr] = []
        var types: [TupleElementType] = []
        for (i, el) in elements.enumerated() {
            let t = check(el.value, expected: expectedElements?[i].type)
            typed.append(t)
            types.append(TupleElementType(label: el.label, type: t.type))
        }
        return TExpr(.tuple(typed), .tuple(types), span)
    }

    func checkArrayLiteral(_ elements: [Expr], expected: SwiftType?, span: SourceSpan) -> TExpr {
        if let expected, let s = expected.symbol, s.representation == .set {
            // `let s: Set = [1, 2]`: an array literal made a set.
            let array = checkArrayLiteral(elements, expected: env.array(expected.genericArguments[0]), span: span)
            return TExpr(.setLiteral(array), expected, span)
        }
        var elementType: SwiftType
        if let expected, let s = expected.symbol, s.representation == .array {
            elementType = expected.genericArguments[0]
        } else if let w = expected?.optionalWrapped, let s = w.symbol, s.representation == .array {
            elementType = w.genericArguments[0]
        } else if elements.isEmpty {
            if case .variable? = expected {
                elementType = newVariable()
            } else {
                error("empty collection literal requires an explicit type", at: span)
                return TExpr(.error, .error, span)
            }
        } else {
            elementType = newVariable()
        }
        var typed: [TExpr] = []
        for el in elements {
            let t = check(el, expected: elementType)
            if case .variable(let v) = elementType.resolved, v.literal == nil, typed.isEmpty {
                // The first element decides an unconstrained element type (literals stay open).
                bind(v, t.type)
                typed.append(t)
                continue
            }
            typed.append(coerce(t, to: elementType, site: .element))
        }
        return TExpr(.array(typed), env.array(elementType), span)
    }

    func checkDictionaryLiteral(_ entries: [DictionaryEntry], expected: SwiftType?, span: SourceSpan)
        -> TExpr
    {
        var keyType: SwiftType
        var valueType: SwiftType
        if let expected, let s = expected.symbol, s.representation == .dictionary {
            keyType = expected.genericArguments[0]
            valueType = expected.genericArguments[1]
        } else if entries.isEmpty {
            error("empty collection literal requires an explicit type", at: span)
            return TExpr(.error, .error, span)
        } else {
            keyType = newVariable()
            valueType = newVariable()
        }
        var typed: [(TExpr, TExpr)] = []
        for entry in entries {
            let k = check(entry.key, expected: keyType)
            let v = check(entry.value, expected: valueType)
            if typed.isEmpty, case .variable(let kv) = keyType.resolved, kv.literal == nil {
                bind(kv, k.type)
            }
            if typed.isEmpty, case .variable(let vv) = valueType.resolved, vv.literal == nil {
                bind(vv, v.type)
            }
            typed.append(
                (coerce(k, to: keyType, site: .element), coerce(v, to: valueType, site: .element)))
        }
        return TExpr(.dictionary(typed), env.dictionary(keyType, valueType), span)
    }

    // MARK: Names

    func checkIdentifier(_ name: String, expected: SwiftType?, span: SourceSpan) -> TExpr {
        if isOperatorName(name) {
            // An operator as a function value (`reduce(0, +)`, `sorted(by: >)`).
            let candidates = (env.operators[name] ?? []).filter { $0.parameters.count == 2 }
            if !candidates.isEmpty {
                return functionValue(
                    candidates.map { Candidate(function: $0) }, name: name, expected: expected, span: span)
            }
        }
        guard let (symbols, viaSelf) = lookupName(name) else {
            error("cannot find '\(name)' in scope", at: span)
            return TExpr(.error, .error, span)
        }
        if viaSelf, let selfVar = function.selfVariable ?? enclosingSelf() {
            // An implicit `self.name`.
            let base = TExpr(.selfValue(slot: function.slot(of: selfVar)), selfVar.type, span)
            return memberValue(base, symbols, name: name, expected: expected, span: span, nameSpan: span)
        }
        let functions = symbols.compactMap { s -> FuncSymbol? in
            if case .function(let f) = s { return f } else { return nil }
        }
        if functions.count == 1, functions[0].isNested, let v = functions[0].nestedVariable {
            // A nested function used as a value: the closure made when its declaration ran.
            return TExpr(.variable(v, slot: function.slot(of: v)), v.type, span)
        }
        if !functions.isEmpty {
            return functionValue(
                functions.map { Candidate(function: $0) }, name: name, expected: expected, span: span)
        }
        switch symbols[0] {
        case .variable(let v):
            if case .local = v.storage {
                return TExpr(.variable(v, slot: function.slot(of: v)), v.type, span)
            }
            return TExpr(.variable(v, slot: -1), v.type, span)
        case .type(let t):
            return TExpr(.typeValue(t.declaredType), .metatype(resolveNamed(name, [], span: span)), span)
        case .typeAlias(let t):
            return TExpr(.typeValue(t), .metatype(t), span)
        default:
            error("cannot find '\(name)' in scope", at: span)
            return TExpr(.error, .error, span)
        }
    }

    /// Looks a name up through the scopes; between the method's own scopes and the globals, the
    /// members of the enclosing type are searched (then `viaSelf` is true for instance members).
    func lookupName(_ name: String) -> ([Symbol], Bool)? {
        var s: Scope? = scope
        let boundary = env.globalScope
        while let k = s, k !== boundary, k !== env.libraryScope {
            if let found = k.symbols[name], !found.isEmpty { return (found, false) }
            s = k.parent
        }
        if let t = typeContext {
            let members = lookupMembers(
                of: t.kind == .protocol ? .genericParameter(t.selfParameter!) : t.declaredType, named: name)
            if !members.isEmpty {
                let symbols = members.map(\.0)
                let isStatic: Bool
                switch symbols[0] {
                case .variable(let v): isStatic = v.isStatic
                case .function(let f): isStatic = f.isStatic
                case .type, .typeAlias: return (symbols, false)
                case .enumCase: isStatic = true
                }
                if !isStatic { return (symbols, true) }
                return (symbols, false)
            }
        }
        if let found = scope.lookup(name) { return (found, false) }
        return nil
    }

    /// A function used as a value: the one whose type fits the expected type, or the only one.
    func functionValue(
        _ candidates: [Candidate], name: String, expected: SwiftType?, span: SourceSpan
    ) -> TExpr {
        // The function's generic parameters, its owner's (`Array.+`) and a protocol's `Self`
        // (`Comparable.>`), opened as fresh variables.
        func opened(_ c: Candidate) -> Substitution {
            var subst = c.substitution
            for g in c.function.genericParameters { subst[ObjectIdentifier(g)] = newVariable() }
            if let owner = c.function.owner {
                for g in owner.genericParameters where subst[ObjectIdentifier(g)] == nil {
                    subst[ObjectIdentifier(g)] = newVariable()
                }
                if let s = owner.selfParameter, subst[ObjectIdentifier(s)] == nil {
                    subst[ObjectIdentifier(s)] = newVariable()
                }
            }
            return subst
        }
        // `zip(a, b).map(*)`: a function of n parameters where one of an n-tuple is expected.
        var splat: [TupleElementType]? = nil
        if let expected, case .function(let f) = expected.resolved, f.parameters.count == 1,
            case .tuple(let elements) = f.parameters[0].type.resolved, elements.count > 1,
            !candidates.contains(where: { $0.function.parameters.count == 1 })
        {
            splat = elements
        }
        func fits(_ c: Candidate, _ subst: Substitution) -> Bool {
            guard let expected, case .function(let f) = expected.resolved else { return true }
            let type = c.function.type.substituting(subst)
            let unified: Bool
            if let splat {
                guard case .function(let g) = type, g.parameters.count == splat.count else { return false }
                unified = zip(g.parameters, splat).allSatisfy { unify($0.type, $1.type) } && unify(g.result, f.result)
            } else {
                unified = unify(type, expected)
            }
            // A protocol's operator (`Comparable.<`) fits only a type that conforms.
            if unified, let owner = c.function.owner, owner.kind == .protocol, let s = owner.selfParameter,
                let bound = subst[ObjectIdentifier(s)]?.resolved, !bound.hasVariables
            {
                return conformsTo(bound, owner)
            }
            return unified
        }
        var fitting = candidates
        if let expected, case .function = expected.resolved, candidates.count > 1 || splat != nil {
            fitting = candidates.filter { c in trial { fits(c, opened(c)) }.0 }
        }
        guard let chosen = fitting.first else {
            error(
                "no '\(name)' candidates produce the expected contextual result type '\(expected!)'",
                at: span)
            return TExpr(.error, .error, span)
        }
        if fitting.count > 1 && expected == nil {
            error("ambiguous use of '\(name)'", at: span)
        }
        let subst = opened(chosen)
        if let splat, let expected, fits(chosen, subst) {
            return splatClosure(chosen.function, subst, splat, expected: expected, span: span)
        }
        let type = chosen.function.type.substituting(subst)
        if let expected { _ = trialUnify(type, expected) }
        return TExpr(.functionReference(chosen.function, substitutions: subst), type, span)
    }

    /// `{ t in f(t.0, t.1) }`: a function of n parameters passed where a function of one n-tuple
    /// is expected (Swift allows it for function references).
    func splatClosure(
        _ fn: FuncSymbol, _ subst: Substitution, _ elements: [TupleElementType], expected: SwiftType,
        span: SourceSpan
    ) -> TExpr {
        let tupleType = SwiftType.tuple(elements)
        let context = FunctionContext(parent: function, resultType: fn.result.substituting(subst), throwing: false)
        context.isClosure = true
        let slot = context.newSlot()
        let parameter = VarSymbol(name: "$tuple", type: tupleType, isLet: true, storage: .local(slot: slot))
        parameter.context = context
        let tuple = TExpr(.variable(parameter, slot: slot), tupleType, span)
        let arguments = elements.indices.map { TExpr(.tupleElement(tuple, $0), elements[$0].type, span) }
        let result = fn.result.substituting(subst)
        let call = TExpr(.call(fn, base: nil, arguments: arguments, substitutions: subst), result, span)
        let info = ClosureInfo(context: context, body: [.return(call)], parameterCount: 1)
        info.singleExpression = call
        let type = SwiftType.function(
            FunctionType(parameters: [FunctionParameterType(type: tupleType, isInout: false)], result: result))
        return TExpr(.closure(info), type, span)
    }

    // MARK: Members

    func checkMember(
        _ base: Expr, _ name: String, nameSpan: SourceSpan, expected: SwiftType?, span: SourceSpan
    ) -> TExpr {
        if case .superRef = base.kind, let t = typeContext, let superclass = t.superclass,
            let selfVar = function.selfVariable
        {
            // `super.name`: the superclass's property, its getter called directly (not overridden).
            let selfValue = TExpr(.selfValue(slot: function.slot(of: selfVar)), superclass.declaredType, span)
            for (symbol, _) in lookupMembers(of: superclass.declaredType, named: name) {
                guard case .variable(let v) = symbol, !v.isStatic else { continue }
                if case .computed(let getter, _) = v.storage {
                    return TExpr(.superCall(getter, base: selfValue, arguments: []), v.type, nameSpan)
                }
                return TExpr(.property(selfValue, v), v.type, span)
            }
        }
        let b = check(base, expected: nil)
        if b.type.isError { return TExpr(.error, .error, span) }
        settleLiteralsIn(b)
        if case .metatype(let t) = b.type.resolved {
            return staticMember(of: t, name, nameSpan: nameSpan, expected: expected, span: span)
        }
        if case .tuple(let elements) = b.type.resolved,
            let i = elements.firstIndex(where: { $0.label == name })
        {
            return TExpr(.tupleElement(b, i), elements[i].type, span)
        }
        if let wrapped = b.type.optionalWrapped, lookupMembers(of: b.type, named: name).isEmpty {
            error(
                "value of optional type '\(b.type)' must be unwrapped to refer to member '\(name)' of wrapped base type '\(wrapped)'",
                at: nameSpan)
            return TExpr(.error, .error, span)
        }
        let members = lookupMembers(of: b.type, named: name).map(\.0)
        if members.isEmpty {
            if case .tuple = b.type.resolved {
                error("value of tuple type '\(b.type)' has no member '\(name)'", at: nameSpan)
                return TExpr(.error, .error, span)
            }
            error("value of type '\(b.type)' has no member '\(name)'", at: nameSpan)
            return TExpr(.error, .error, span)
        }
        if case .variable(let v) = members[0], v.isStatic {
            error("static member '\(name)' cannot be used on instance of type '\(b.type)'", at: span)
            return TExpr(.error, .error, span)
        }
        return memberValue(b, members, name: name, expected: expected, span: span, nameSpan: nameSpan)
    }

    /// The value of an instance member of `base`: a property, or a method (bound).
    func memberValue(
        _ base: TExpr, _ members: [Symbol], name: String, expected: SwiftType?, span: SourceSpan,
        nameSpan: SourceSpan
    ) -> TExpr {
        let subst = substitution(of: base.type)
        switch members[0] {
        case .variable(let v):
            if v.isStatic { return TExpr(.property(nil, v), v.type.substituting(subst), span) }
            return TExpr(.property(base, v), v.type.substituting(subst), nameSpan)
        case .function:
            let fns = members.compactMap { s -> FuncSymbol? in
                if case .function(let f) = s { return f } else { return nil }
            }
            let value = functionValue(
                fns.map { Candidate(function: $0, substitution: subst) }, name: name, expected: expected,
                span: span)
            if case .functionReference(let f, let s) = value.kind {
                // A method used as a value: a closure over the base.
                return TExpr(.methodReference(f, base: base, substitutions: s), value.type, span)
            }
            return value
        default:
            error("value of type '\(base.type)' has no member '\(name)'", at: nameSpan)
            return TExpr(.error, .error, span)
        }
    }

    /// The generic arguments of a nominal type as a substitution of its parameters.
    func substitution(of type: SwiftType) -> Substitution {
        var subst: Substitution = [:]
        if case .nominal(let s, let args) = type.resolved {
            for (g, a) in zip(s.genericParameters, args) { subst[ObjectIdentifier(g)] = a }
        }
        return subst
    }

    /// `Type.member`: a static property, an enum case, a static method.
    func staticMember(
        of t: SwiftType, _ name: String, nameSpan: SourceSpan, expected: SwiftType?, span: SourceSpan
    ) -> TExpr {
        if name == "self" {
            // `Int.self`: the type as a value (printed by its static type).
            return TExpr(.typeValue(t), .metatype(t), span)
        }
        if name == "init", let s = t.symbol {
            // `String.init` as a function value.
            let subst = substitution(of: t)
            return functionValue(
                s.initializers.map { Candidate(function: $0, substitution: subst) }, name: "init",
                expected: expected, span: span)
        }
        let members = lookupMembers(of: t, named: name)
        guard let first = members.first else {
            error("type '\(t)' has no member '\(name)'", at: nameSpan)
            return TExpr(.error, .error, span)
        }
        let subst = first.1
        switch first.0 {
        case .enumCase(let c):
            if let payload = c.payload {
                let ctor = enumConstructor(c)
                let type = ctor.type.substituting(subst)
                _ = payload
                return TExpr(.functionReference(ctor, substitutions: subst), type, span)
            }
            if c.owner?.representation == .optional { return TExpr(.nilLiteral, t, span) }
            return TExpr(.enumCase(c, payload: []), t, span)
        case .variable(let v):
            if !v.isStatic {
                error(
                    "instance member '\(name)' cannot be used on type '\(t)'; did you mean to use a value of this type instead?",
                    at: nameSpan)
                return TExpr(.error, .error, span)
            }
            return TExpr(.property(nil, v), v.type.substituting(subst), span)
        case .function:
            let fns = members.compactMap { s -> Candidate? in
                if case .function(let f) = s.0, f.isStatic {
                    return Candidate(function: f, substitution: s.1)
                } else {
                    return nil
                }
            }
            return functionValue(fns, name: name, expected: expected, span: span)
        case .type(let nested):
            return TExpr(.typeValue(nested.declaredType), .metatype(nested.declaredType), span)
        case .typeAlias(let a):
            return TExpr(.typeValue(a), .metatype(a), span)
        }
    }

    /// A payload case as a function (`Shape.circle` : `(Double) -> Shape`).
    func enumConstructor(_ c: EnumCaseSymbol) -> FuncSymbol {
        if let f = c.constructor { return f }
        let owner = c.owner!
        let params = (c.payload ?? []).map {
            ParameterSymbol(
                label: $0.label, name: $0.label, type: $0.type, isInout: false, isVariadic: false,
                hasDefault: false)
        }
        let f = FuncSymbol(
            name: c.name, kind: .function, parameters: params, result: owner.declaredType)
        f.owner = owner
        f.isStatic = true
        f.host = "enumCase"
        f.enumCase = c
        c.constructor = f
        return f
    }

    /// `.north`, `.circle(radius: 1)`, `.init(…)`: a static member of the expected type.
    func checkImplicitMember(
        _ name: String, nameSpan: SourceSpan, expected: SwiftType?, span: SourceSpan
    ) -> TExpr {
        guard var t = expected, !t.hasVariables || t.symbol != nil else {
            error("cannot infer contextual base in reference to member '\(name)'", at: nameSpan)
            return TExpr(.error, .error, span)
        }
        if let w = t.optionalWrapped, lookupMembers(of: t, named: name).isEmpty { t = w }
        let value = staticMember(of: t, name, nameSpan: nameSpan, expected: expected, span: span)
        return value
    }
}
