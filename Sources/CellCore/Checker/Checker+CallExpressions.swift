// Call expressions (`f(x)`, `a.m(x)`, `T(x)`, `.case(x)`, `super.init(x)`), subscripts and
// closures: each finds its candidates, then `resolveCall` chooses among them.

import CellSyntax

extension Checker {
    func checkCall(
        _ callee: Expr, _ args: [Argument], rightParen: SourcePosition, expected: SwiftType?,
        span: SourceSpan
    ) -> TExpr {
        switch callee.kind {
        case .identifier(let name, let genericArgs):
            guard let (symbols, viaSelf) = lookupName(name) else {
                error("cannot find '\(name)' in scope", at: callee.span)
                args.forEach { _ = check($0.value, expected: nil) }
                return TExpr(.error, .error, span)
            }
            if case .type = symbols[0] {
                let t = resolveNamed(name, genericArgs.map(resolveType), span: callee.span)
                return initializerCall(
                    t, args, rightParen: rightParen, expected: expected, calleeSpan: callee.span, span: span)
            }
            if case .typeAlias(let t) = symbols[0] {
                return initializerCall(
                    t, args, rightParen: rightParen, expected: expected, calleeSpan: callee.span, span: span)
            }
            let functions = symbols.compactMap { s -> FuncSymbol? in
                if case .function(let f) = s { return f } else { return nil }
            }
            if !functions.isEmpty {
                var base: TExpr? = nil
                var subst: Substitution = [:]
                if viaSelf, let selfVar = function.selfVariable ?? enclosingSelf() {
                    base = TExpr(.selfValue(slot: function.slot(of: selfVar)), selfVar.type, callee.span)
                    subst = substitution(of: selfVar.type)
                    if let t = typeContext, t.kind == .protocol, let sp = t.selfParameter {
                        subst[ObjectIdentifier(sp)] = selfVar.type
                    }
                }
                let candidates = functions.map { Candidate(function: $0, substitution: subst) }
                let kind = base == nil ? "global function '\(name)'" : "instance method '\(name)'"
                guard
                    let call = resolveCall(
                        candidates, arguments: args, expected: expected, calleeName: name,
                        calleeSpan: callee.span,
                        rightParen: rightParen, describeKind: kind)
                else { return TExpr(.error, .error, span) }
                if let base, call.function.isMutating {
                    checkMutatingBase(base, call.function, span: callee.span)
                }
                if call.function.isNested, let v = call.function.nestedVariable {
                    let closure = TExpr(.variable(v, slot: function.slot(of: v)), v.type, callee.span)
                    return TExpr(.callValue(closure, arguments: call.arguments), call.resultType, callee.span)
                }
                let isStaticFromInstance = base != nil && call.function.isStatic
                return TExpr(
                    .call(
                        call.function, base: isStaticFromInstance ? nil : base, arguments: call.arguments,
                        substitutions: call.substitution),
                    call.resultType, callee.span)
            }
            let value = checkIdentifier(name, expected: nil, span: callee.span)
            return callValue(value, args, rightParen: rightParen, span: span)
        case .type(let ref):
            return initializerCall(
                resolveType(ref), args, rightParen: rightParen, expected: expected, calleeSpan: callee.span,
                span: span)
        case .member(let baseExpr, let name, let nameSpan, _, _):
            if case .superRef = baseExpr.kind {
                return superCall(name, args, rightParen: rightParen, nameSpan: nameSpan, span: span)
            }
            if name == "init", case .selfRef = baseExpr.kind, function.isInitializer,
                let selfVar = function.selfVariable
            {
                return delegatingInit(selfVar, args, rightParen: rightParen, nameSpan: nameSpan, span: span)
            }
            let base = check(baseExpr, expected: nil)
            if base.type.isError {
                args.forEach { _ = check($0.value, expected: nil) }
                return TExpr(.error, .error, span)
            }
            settleLiteralsIn(base)
            if case .metatype(let t) = base.type.resolved {
                return staticCall(
                    t, name, args, rightParen: rightParen, expected: expected, nameSpan: nameSpan, span: span)
            }
            return methodCall(
                base, name, args, rightParen: rightParen, expected: expected, nameSpan: nameSpan, span: span
            )
        case .implicitMember(let name, let nameSpan):
            guard var t = expected, t.symbol != nil else {
                error("cannot infer contextual base in reference to member '\(name)'", at: nameSpan)
                args.forEach { _ = check($0.value, expected: nil) }
                return TExpr(.error, .error, span)
            }
            if let w = t.optionalWrapped, lookupMembers(of: t, named: name).isEmpty { t = w }
            return staticCall(
                t, name, args, rightParen: rightParen, expected: expected, nameSpan: nameSpan, span: span)
        default:
            let value = check(callee, expected: nil)
            return callValue(value, args, rightParen: rightParen, span: span)
        }
    }

    /// `T(args)`: an initializer of `T`. A single unlabeled literal argument of a type it can be
    /// written as is that literal (`Double(3)` is the literal 3.0, as in Swift).
    func initializerCall(
        _ t: SwiftType, _ args: [Argument], rightParen: SourcePosition, expected: SwiftType?,
        calleeSpan: SourceSpan, span: SourceSpan
    ) -> TExpr {
        if t.isError { return TExpr(.error, .error, span) }
        if args.count == 1, args[0].label == nil, let s = t.symbol {
            switch args[0].value.kind {
            case .integerLiteral where s.literalKinds.contains(.integer),
                .floatLiteral where s.literalKinds.contains(.float),
                .stringLiteral where s.literalKinds.contains(.string):
                let e = check(args[0].value, expected: t)
                return coerce(e, to: t, site: .argument)
            default: break
            }
        }
        guard let s = t.symbol else {
            error("cannot call value of non-function type '\(SwiftType.metatype(t))'", at: calleeSpan)
            return TExpr(.error, .error, span)
        }
        if s.kind == .protocol {
            error("type '\(s.name)' cannot be instantiated", at: calleeSpan)
            return TExpr(.error, .error, span)
        }
        let subst = substitution(of: t)
        let candidates = s.initializers.map { Candidate(function: $0, substitution: subst) }
        if candidates.isEmpty {
            error(
                "'\(s.name)' cannot be constructed because it has no accessible initializers",
                at: calleeSpan)
            return TExpr(.error, .error, span)
        }
        guard
            let call = resolveCall(
                candidates, arguments: args, expected: expected, calleeName: "init", calleeSpan: calleeSpan,
                rightParen: rightParen, describeKind: "initializer")
        else { return TExpr(.error, .error, span) }
        // An inherited initializer makes a value of the type called (`Dog(name:)`).
        let resultType =
            call.function.isFailable ? call.resultType : (s.kind == .class ? t : call.resultType)
        return TExpr(
            .call(call.function, base: nil, arguments: call.arguments, substitutions: call.substitution),
            resultType, calleeSpan)
    }

    /// `self.init(…)` in an initializer (a struct's, or a class's convenience one): another
    /// initializer of the type makes the value, which becomes `self`.
    func delegatingInit(
        _ selfVar: VarSymbol, _ args: [Argument], rightParen: SourcePosition, nameSpan: SourceSpan,
        span: SourceSpan
    ) -> TExpr {
        let value = initializerCall(
            selfVar.type, args, rightParen: rightParen, expected: selfVar.type, calleeSpan: nameSpan, span: span)
        if value.type.isError { return value }
        if value.type.optionalWrapped != nil {
            error("a non-failable initializer cannot delegate to failable initializer 'init' written with 'init?'", at: nameSpan)
            return TExpr(.error, .error, span)
        }
        let target = TExpr(.selfValue(slot: function.slot(of: selfVar)), selfVar.type, span)
        return TExpr(.assign(target, value), .void, span)
    }

    /// `Type.name(args)`: an enum case with a payload, a static method, or `Type.init(…)`.
    func staticCall(
        _ t: SwiftType, _ name: String, _ args: [Argument], rightParen: SourcePosition,
        expected: SwiftType?,
        nameSpan: SourceSpan, span: SourceSpan
    ) -> TExpr {
        if name == "init" {
            return initializerCall(
                t, args, rightParen: rightParen, expected: expected, calleeSpan: nameSpan, span: span)
        }
        let members = lookupMembers(of: t, named: name)
        guard !members.isEmpty else {
            error("type '\(t)' has no member '\(name)'", at: nameSpan)
            args.forEach { _ = check($0.value, expected: nil) }
            return TExpr(.error, .error, span)
        }
        var candidates: [Candidate] = []
        for (symbol, subst) in members {
            switch symbol {
            case .enumCase(let c) where c.payload != nil:
                candidates.append(Candidate(function: enumConstructor(c), substitution: subst))
            case .function(let f) where f.isStatic:
                candidates.append(Candidate(function: f, substitution: subst))
            default: break
            }
        }
        if candidates.isEmpty {
            let value = staticMember(of: t, name, nameSpan: nameSpan, expected: nil, span: span)
            return callValue(value, args, rightParen: rightParen, span: span)
        }
        guard
            let call = resolveCall(
                candidates, arguments: args, expected: expected, calleeName: name, calleeSpan: nameSpan,
                rightParen: rightParen, describeKind: "static method '\(name)'")
        else { return TExpr(.error, .error, span) }
        if let c = call.function.enumCase {
            if c.owner?.representation == .optional, call.arguments.count == 1 {
                // `.some(x)` is x made optional.
                return TExpr(.injectIntoOptional(call.arguments[0]), call.resultType, nameSpan)
            }
            return TExpr(.enumCase(c, payload: call.arguments), call.resultType, nameSpan)
        }
        return TExpr(
            .call(call.function, base: nil, arguments: call.arguments, substitutions: call.substitution),
            call.resultType, nameSpan)
    }

    /// `base.name(args)`: an instance method, or a property of function type called.
    func methodCall(
        _ base: TExpr, _ name: String, _ args: [Argument], rightParen: SourcePosition,
        expected: SwiftType?,
        nameSpan: SourceSpan, span: SourceSpan
    ) -> TExpr {
        let candidates = memberFunctions(of: base.type, named: name, isStatic: false)
        if candidates.isEmpty {
            let members = lookupMembers(of: base.type, named: name)
            if let (symbol, _) = members.first, case .variable = symbol {
                let value = memberValue(
                    base, members.map(\.0), name: name, expected: nil, span: nameSpan, nameSpan: nameSpan)
                return callValue(value, args, rightParen: rightParen, span: span)
            }
            if let wrapped = base.type.optionalWrapped {
                error(
                    "value of optional type '\(base.type)' must be unwrapped to refer to member '\(name)' of wrapped base type '\(wrapped)'",
                    at: nameSpan)
            } else {
                error("value of type '\(base.type)' has no member '\(name)'", at: nameSpan)
            }
            args.forEach { _ = check($0.value, expected: nil) }
            return TExpr(.error, .error, span)
        }
        guard
            let call = resolveCall(
                candidates, arguments: args, expected: expected, calleeName: name, calleeSpan: nameSpan,
                rightParen: rightParen, describeKind: "instance method '\(name)'")
        else { return TExpr(.error, .error, span) }
        if call.function.isMutating { checkMutatingBase(base, call.function, span: nameSpan) }
        return TExpr(
            .call(call.function, base: base, arguments: call.arguments, substitutions: call.substitution),
            call.resultType, nameSpan)
    }

    func checkMutatingBase(_ base: TExpr, _ fn: FuncSymbol, span: SourceSpan) {
        if let (name, kind) = immutableRoot(base) {
            error("cannot use mutating member on immutable value: '\(name)' is \(kind)", at: span)
        }
    }

    /// `super.init(…)` and `super.method(…)` inside a subclass.
    func superCall(
        _ name: String, _ args: [Argument], rightParen: SourcePosition, nameSpan: SourceSpan,
        span: SourceSpan
    ) -> TExpr {
        guard let t = typeContext, let superclass = t.superclass, let selfVar = function.selfVariable
        else {
            error("'super' members cannot be referenced in a root class", at: span)
            return TExpr(.error, .error, span)
        }
        let base = TExpr(.selfValue(slot: function.slot(of: selfVar)), superclass.declaredType, span)
        let candidates =
            name == "init"
            ? superclass.initializers.map { Candidate(function: $0) }
            : memberFunctions(of: superclass.declaredType, named: name, isStatic: false)
        guard
            let call = resolveCall(
                candidates, arguments: args, expected: nil, calleeName: name, calleeSpan: nameSpan,
                rightParen: rightParen,
                describeKind: name == "init" ? "initializer" : "instance method '\(name)'")
        else { return TExpr(.error, .error, span) }
        // A direct (non-virtual) call of the superclass's implementation.
        return TExpr(
            .superCall(call.function, base: base, arguments: call.arguments),
            name == "init" ? .void : call.resultType, nameSpan)
    }

    /// Calls a value of function type.
    func callValue(_ value: TExpr, _ args: [Argument], rightParen: SourcePosition, span: SourceSpan)
        -> TExpr
    {
        if value.type.isError {
            args.forEach { _ = check($0.value, expected: nil) }
            return value
        }
        guard case .function(let f) = value.type.resolved else {
            // `model(x)`: a value whose type has `callAsFunction` methods is called through them
            // (SE-0253), as `model.callAsFunction(x)`.
            if !memberFunctions(of: value.type, named: "callAsFunction", isStatic: false).isEmpty {
                return methodCall(
                    value, "callAsFunction", args, rightParen: rightParen, expected: nil, nameSpan: value.span,
                    span: span)
            }
            error("cannot call value of non-function type '\(value.type)'", at: value.span)
            args.forEach { _ = check($0.value, expected: nil) }
            return TExpr(.error, .error, span)
        }
        if args.count != f.parameters.count {
            error(
                args.count > f.parameters.count
                    ? "extra argument in call" : "missing argument for parameter #\(args.count + 1) in call",
                at: args.count > f.parameters.count ? args[f.parameters.count].span.start : rightParen)
            return TExpr(.error, .error, span)
        }
        var typed: [TExpr] = []
        for (a, p) in zip(args, f.parameters) {
            if let l = a.label, !a.isTrailingClosure {
                error("extraneous argument label '\(l):' in call", at: a.labelSpan ?? a.span)
            }
            var pre: [TExpr?] = [nil]
            typed.append(checkArgument(a, 0, &pre, against: p.type, isInout: p.isInout))
        }
        return TExpr(.callValue(value, arguments: typed), f.result, value.span)
    }

    func checkSubscript(
        _ baseExpr: Expr, _ args: [Argument], rightBracket: SourcePosition, span: SourceSpan,
        expected: SwiftType? = nil
    ) -> TExpr {
        let base = check(baseExpr, expected: nil)
        if base.type.isError {
            args.forEach { _ = check($0.value, expected: nil) }
            return TExpr(.error, .error, span)
        }
        var candidates = memberFunctions(of: base.type, named: "subscript", isStatic: false)
        // With a contextual type that is not an array, the library's slicing subscripts (`a[1..<3]`,
        // `a[2...]`) only when the index is a range: `let s: String = a["0"]` meets the one `Int`
        // subscript and gets swiftc's conversion error (without one, swiftc finds no exact match).
        func isRange(_ t: SwiftType) -> Bool {
            guard let s = t.resolved.symbol, s.isLibrary else { return false }
            return s.representation == .range || s.representation == .closedRange || s.name.hasPrefix("PartialRange")
        }
        if args.count == 1, args[0].label == nil, case .nominal = base.type.resolved, let expected,
            expected.resolved.symbol?.representation != .array,
            !trial({ isRange(check(args[0].value, expected: nil).type) }).0
        {
            let nonSlicing = candidates.filter { !($0.function.parameters.first.map { isRange($0.type) } ?? false) }
            if !nonSlicing.isEmpty { candidates = nonSlicing }
        }
        if candidates.isEmpty {
            if let w = base.type.optionalWrapped {
                error(
                    "value of optional type '\(base.type)' must be unwrapped to refer to member 'subscript' of wrapped base type '\(w)'",
                    at: baseExpr.span)
            } else {
                error("value of type '\(base.type)' has no subscripts", at: baseExpr.span)
            }
            return TExpr(.error, .error, span)
        }
        // The trap position of `a[i]` is the subscript expression's start, as swiftc reports it.
        guard
            let call = resolveCall(
                candidates, arguments: args, expected: nil, calleeName: "subscript", calleeSpan: span,
                rightParen: rightBracket, describeKind: "subscript")
        else { return TExpr(.error, .error, span) }
        return TExpr(.subscript(base, call.function, arguments: call.arguments), call.resultType, span)
    }

    // MARK: Closures

    func checkClosure(_ c: ClosureExpr, expected: SwiftType?, span: SourceSpan) -> TExpr {
        var expectedFunction: FunctionType? = nil
        if case .function(let f)? = expected?.resolved { expectedFunction = f }
        if let w = expected?.optionalWrapped, case .function(let f) = w.resolved {
            expectedFunction = f
        }
        // A capture list (`[x]`, `[weak self]`) copies values when the closure is made: checked
        // here, in the enclosing function.
        var copies: [(name: String, value: TExpr, isWeak: Bool)] = []
        for item in c.captureList {
            let valueExpr = item.value ?? Expr(item.name == "self" ? .selfRef : .identifier(item.name, genericArguments: []), span)
            let v = check(valueExpr, expected: nil)
            settleLiteralsIn(v)
            copies.append((item.name, v, item.ownership == "weak"))
        }
        let context = FunctionContext(parent: function, resultType: .void, throwing: c.throwsKeyword)
        context.isClosure = true
        let savedFunction = function
        let savedScope = scope
        let savedTargets = breakTargets
        function = context
        scope = Scope(parent: scope)
        breakTargets = []
        defer {
            function = savedFunction
            scope = savedScope
            breakTargets = savedTargets
        }

        var paramTypes: [FunctionParameterType] = []
        // `zip(a, b).map { $0 + $1 }`: one tuple parameter taken apart into the closure's
        // parameters. Slot 0 receives the tuple; the elements go to the parameters' slots.
        var destructured: [Int] = []
        if let f = expectedFunction, f.parameters.count == 1, case .tuple(let elements) = f.parameters[0].type.resolved,
            elements.count > 1,
            (c.parameters?.count ?? ((maxAnonymousArgument(c.body) ?? 0) + 1)) == elements.count
        {
            _ = context.newSlot()
            for (i, el) in elements.enumerated() {
                let name = c.parameters.map { $0[i].name } ?? "$\(i)"
                let slot = context.newSlot()
                let v = VarSymbol(name: name ?? "_", type: el.type, isLet: true, storage: .local(slot: slot))
                v.context = context
                if let name { scope.add(name, .variable(v)) }
                destructured.append(slot)
            }
            paramTypes = [FunctionParameterType(type: f.parameters[0].type)]
        } else if let params = c.parameters {
            for (i, p) in params.enumerated() {
                var t: SwiftType
                if let ref = p.type {
                    t = resolveType(ref)
                } else if let f = expectedFunction, i < f.parameters.count {
                    t = f.parameters[i].type
                } else {
                    t = newVariable()
                }
                if let f = expectedFunction, i < f.parameters.count, p.type != nil {
                    _ = unify(t, f.parameters[i].type)
                }
                let isInout =
                    p.isInout
                    || (expectedFunction.map { i < $0.parameters.count && $0.parameters[i].isInout } ?? false)
                let slot = context.newSlot()
                let v = VarSymbol(
                    name: p.name ?? "_", type: t, isLet: !isInout, storage: .local(slot: slot))
                v.context = context
                if let name = p.name { scope.add(name, .variable(v)) }
                paramTypes.append(FunctionParameterType(type: t, isInout: isInout))
            }
            if let f = expectedFunction, f.parameters.count != params.count {
                error(
                    "contextual closure type '\(SwiftType.function(f))' expects \(f.parameters.count) argument\(f.parameters.count == 1 ? "" : "s"), but \(params.count) \(params.count == 1 ? "was" : "were") used in closure body",
                    at: span)
            }
        } else {
            // `$0`, `$1`…: as many as the expected type has parameters.
            let count =
                expectedFunction?.parameters.count ?? maxAnonymousArgument(c.body).map { $0 + 1 } ?? 0
            for i in 0..<count {
                let t =
                    expectedFunction.map { i < $0.parameters.count ? $0.parameters[i].type : newVariable() }
                    ?? newVariable()
                let isInout =
                    expectedFunction.map { i < $0.parameters.count && $0.parameters[i].isInout } ?? false
                let slot = context.newSlot()
                let v = VarSymbol(name: "$\(i)", type: t, isLet: !isInout, storage: .local(slot: slot))
                v.context = context
                scope.add("$\(i)", .variable(v))
                paramTypes.append(FunctionParameterType(type: t, isInout: isInout))
            }
        }
        var result: SwiftType =
            c.returnType.map(resolveType) ?? expectedFunction?.result ?? newVariable()
        context.resultType = result
        let info = ClosureInfo(context: context, body: [], parameterCount: paramTypes.count)
        info.destructured = destructured
        for copy in copies {
            let type = copy.isWeak ? env.optional(copy.value.type) : copy.value.type
            let value = copy.isWeak ? TExpr(.injectIntoOptional(copy.value), type, copy.value.span) : copy.value
            let (v, slot) = declareLocal(copy.name, type: type, isLet: true)
            if copy.name == "self" && !copy.isWeak { context.selfVariable = v }
            info.copies.append((slot, value))
        }
        if c.body.count == 1, case .expression(let e) = c.body[0].kind, c.returnType == nil || true {
            let body = check(e, expected: result)
            if result.isVoid && !body.type.isVoid {
                info.singleExpression = TExpr(.discardValue(body), .void, body.span)
            } else if case .variable(let v) = result.resolved, v.literal == nil {
                bind(v, body.type)
                info.singleExpression = body
            } else {
                info.singleExpression = coerce(body, to: result, site: .returnValue)
            }
        } else {
            if case .variable(let v) = result.resolved, v.literal == nil {
                // A multi-statement closure without a declared result: Void unless it returns.
                if containsReturnValue(c.body) {
                } else {
                    bind(v, .void)
                    result = .void
                }
            }
            info.body = checkBody(c.body)
            if case .variable(let v) = result.resolved, v.literal == nil { bind(v, .void) }
        }
        let type = SwiftType.function(
            FunctionType(
                parameters: paramTypes, result: result,
                throwing: c.throwsKeyword || (expectedFunction?.throwing ?? false)))
        return TExpr(.closure(info), type, span)
    }

    func maxAnonymousArgument(_ body: [Stmt]) -> Int? {
        var best: Int? = nil
        func visit(_ e: Expr) {
            if case .anonymousClosureArgument(let n) = e.kind { best = max(best ?? 0, n) }
            forEachChild(of: e, visit)
        }
        for s in body { forEachExpression(in: s, visit) }
        return best
    }

    func containsReturnValue(_ body: [Stmt]) -> Bool {
        var found = false
        func visitStmt(_ s: Stmt) {
            switch s.kind {
            case .return(let e?):
                _ = e
                found = true
            case .if(let i):
                i.then.forEach(visitStmt)
                visitElse(i.otherwise)
            case .while(_, let b), .repeat(let b, _): b.forEach(visitStmt)
            case .forIn(let f): f.body.forEach(visitStmt)
            case .guard(_, let b): b.forEach(visitStmt)
            case .switch(let sw): sw.cases.forEach { $0.body.forEach(visitStmt) }
            case .do(let b, let cs):
                b.forEach(visitStmt)
                cs.forEach { $0.body.forEach(visitStmt) }
            case .labeled(_, let inner): visitStmt(inner)
            default: break
            }
        }
        func visitElse(_ e: ElseClause?) {
            switch e {
            case .block(let b)?: b.forEach(visitStmt)
            case .elseIf(let i, _)?:
                i.then.forEach(visitStmt)
                visitElse(i.otherwise)
            case nil: break
            }
        }
        body.forEach(visitStmt)
        return found
    }
}
