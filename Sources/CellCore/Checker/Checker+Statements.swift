// Statements: declarations of variables and nested functions, control flow, conditions.

import CellSyntax

extension Checker {
    /// Checks a whole cell: declarations first (so functions and types may be used before
    /// their definition), then the statements in order.
    func checkCell(_ statements: [Stmt]) -> [TStmt] {
        declareTopLevel(statements)
        var result: [TStmt] = []
        for s in statements { result += checkStatement(s) }
        return result
    }

    func checkBody(_ statements: [Stmt]) -> [TStmt] {
        withScope {
            var result: [TStmt] = []
            for s in statements { result += checkStatement(s) }
            return result
        }
    }

    func checkStatement(_ s: Stmt) -> [TStmt] {
        statementDepth += 1
        defer {
            settleLiterals()
            reportUnsolvedGenerics()
            statementDepth -= 1
        }
        switch s.kind {
        case .expression(let e):
            let t = check(e, expected: nil)
            settleLiteralsIn(t)
            return [.expression(t)]
        case .declaration(let d):
            return checkDeclarationStatement(d, s)
        case .if(let i):
            return [checkIf(i)]
        case .guard(let conditions, let elseBody):
            let conds = checkConditions(conditions)
            let body = checkBody(elseBody)
            if !bodyAlwaysExits(body) {
                // swiftc points at the else block's closing brace.
                let end = s.span.end
                error(
                    "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope",
                    at: SourcePosition(line: end.line, column: max(1, end.column - 1)))
            }
            return [.guard(conds, else: body)]
        case .while(let conditions, let body):
            return [
                checkLoop(label: nil) { id in
                    withScope {
                        let conds = checkConditions(conditions)
                        return .while(id: id, conds, checkBody(body))
                    }
                }
            ]
        case .repeat(let body, let condition):
            return [
                checkLoop(label: nil) { id in
                    let b = checkBody(body)
                    let c = coerce(check(condition, expected: env.bool), to: env.bool, site: .condition)
                    return .repeat(id: id, b, c)
                }
            ]
        case .forIn(let f):
            return [checkForIn(f, label: nil)]
        case .switch(let sw):
            return [checkSwitch(sw, label: nil)]
        case .labeled(let label, let inner):
            switch inner.kind {
            case .while(let conditions, let body):
                return [
                    checkLoop(label: label) { id in
                        withScope { .while(id: id, checkConditions(conditions), checkBody(body)) }
                    }
                ]
            case .repeat(let body, let condition):
                return [
                    checkLoop(label: label) { id in
                        let b = checkBody(body)
                        return .repeat(
                            id: id, b,
                            coerce(check(condition, expected: env.bool), to: env.bool, site: .condition))
                    }
                ]
            case .forIn(let f): return [checkForIn(f, label: label)]
            case .switch(let sw): return [checkSwitch(sw, label: label)]
            default: return checkStatement(inner)
            }
        case .return(let value):
            if function.isTopLevel {
                error("return invalid outside of a func", at: s.span)
                return []
            }
            guard let value else {
                if !function.resultType.isVoid && !function.isInitializer
                    && !function.resultType.hasVariables
                {
                    error("non-void function should return a value", at: s.span)
                }
                return [.return(nil)]
            }
            if function.isInitializer, case .nilLiteral = value.kind {
                return [.return(TExpr(.nilLiteral, env.optional(.void), value.span))]
            }
            let t = check(value, expected: function.resultType)
            if function.resultType.isVoid && !t.type.isVoid && !t.type.isError {
                error("unexpected non-void return value in void function", at: value.span)
                return [.return(t)]
            }
            return [.return(coerce(t, to: function.resultType, site: .returnValue))]
        case .break(let label):
            guard let target = findTarget(label, loopsOnly: false) else {
                if let label {
                    error("cannot find label '\(label)' in scope", at: s.span)
                } else {
                    error("'break' is only allowed inside a loop, if, do, or switch", at: s.span)
                }
                return []
            }
            return [.break(id: target)]
        case .continue(let label):
            guard let target = findTarget(label, loopsOnly: true) else {
                error(
                    label.map { "cannot find label '\($0)' in scope" }
                        ?? "'continue' is only allowed inside a loop", at: s.span)
                return []
            }
            return [.continue(id: target)]
        case .fallthrough:
            return [.fallthrough]
        case .throw(let e):
            checkErrorHandling(ofThrowAt: s.span.start)
            let t = check(e, expected: nil)
            settleLiteralsIn(t)
            let errorProtocol = env.type("Error")
            if !conformsTo(t.type, errorProtocol) && !t.type.isError {
                error("thrown expression type '\(t.type)' does not conform to 'Error'", at: e.span)
            }
            return [.throw(coerce(t, to: .existential([errorProtocol]), site: .none))]
        case .defer(let body):
            return [.defer(checkBody(body))]
        case .do(let body, let catches):
            let id = env.nextLoopId
            env.nextLoopId += 1
            breakTargets.append((nil, id, false))
            let b = withCatches(catches) { checkBody(body) }
            breakTargets.removeLast()
            let errorType = SwiftType.existential([env.type("Error")])
            var typedCatches: [TCatch] = []
            for c in catches {
                withScope {
                    let (v, slot) = declareLocal("error", type: errorType, isLet: true)
                    var pattern: TPattern? = nil
                    if let p = c.pattern { pattern = checkCatchPattern(p, errorSlot: slot, errorVar: v) }
                    let w = c.whereClause.map {
                        coerce(check($0, expected: env.bool), to: env.bool, site: .condition)
                    }
                    typedCatches.append(
                        TCatch(
                            pattern: pattern, whereClause: w, body: checkBody(c.body), errorVariable: v,
                            errorSlot: slot))
                }
            }
            return [.do(id: id, b, typedCatches)]
        }
    }

    /// A local in the current frame even at a cell's top level (hidden temporaries, catch
    /// variables, loop variables).
    func declareLocal(_ name: String, type: SwiftType, isLet: Bool) -> (VarSymbol, Int) {
        let slot = function.newSlot()
        let v = VarSymbol(name: name, type: type, isLet: isLet, storage: .local(slot: slot))
        v.context = function
        scope.add(name, .variable(v))
        return (v, slot)
    }

    func findTarget(_ label: String?, loopsOnly: Bool) -> Int? {
        for t in breakTargets.reversed() {
            if let label {
                if t.label == label { return (loopsOnly && !t.isLoop) ? nil : t.id }
            } else if t.isLoop
                || (!loopsOnly && t.label == nil && !t.isLoop && t.id > 0 && isSwitchTarget(t.id))
            {
                return t.id
            }
        }
        return nil
    }

    func isSwitchTarget(_ id: Int) -> Bool { switchIds.contains(id) }

    func checkLoop(label: String?, _ body: (Int) -> TStmt) -> TStmt {
        let id = env.nextLoopId
        env.nextLoopId += 1
        breakTargets.append((label, id, true))
        defer { breakTargets.removeLast() }
        return body(id)
    }

    // MARK: Declarations as statements

    func checkDeclarationStatement(_ d: Decl, _ s: Stmt) -> [TStmt] {
        switch d.kind {
        case .variable(let v):
            var result: [TStmt] = []
            for binding in v.bindings { result += checkBinding(binding, isLet: v.isLet) }
            return result
        case .function(let f):
            if let fn = functionSymbols[s.span.start] {
                if let body = f.body { checkFunctionBody(fn, body, in: nil) }
                return []
            }
            // A nested function: a local holding its closure (so it can capture and recurse).
            let fn = makeFunction(f, decl: d, owner: nil)
            fn.isNested = true
            let (v, slot) = declareLocal(f.name, type: fn.type, isLet: true)
            scope.symbols[f.name] = [.function(fn)]
            fn.nestedVariable = v
            checkFunctionBody(fn, f.body ?? [], in: nil)
            return [.function(fn, slot: slot)]
        case .nominal, .protocol, .extension:
            if !function.isTopLevel || (scope !== env.globalScope && scope !== env.libraryScope) {
                error("types must be declared at a cell's top level here", at: d.nameSpan)
                return []
            }
            for body in pendingBodies.removeValue(forKey: d.span.start) ?? [] { body() }
            var result: [TStmt] = []
            let statics = staticInitializers
            staticInitializers = []
            for (v, initial) in statics {
                let e = coerce(check(initial, expected: v.type), to: v.type, site: .specified)
                settleLiterals()
                result.append(.declare(v, slot: -1, e))
            }
            return result
        case .import, .operatorDecl, .precedenceGroup, .typeAlias:
            return []
        default:
            error("unexpected declaration here", at: d.nameSpan)
            return []
        }
    }

    func checkBinding(_ binding: PatternBinding, isLet: Bool) -> [TStmt] {
        if binding.accessors != nil {
            error(
                "computed variables are only supported as properties of types", at: binding.pattern.span)
            return []
        }
        var annotated: SwiftType? = binding.type.map(resolveType)
        var pattern = binding.pattern
        if case .typed(let inner, let ref) = pattern.kind {
            pattern = inner
            annotated = resolveType(ref)
        }
        var value: TExpr? = nil
        if let initial = binding.initializer {
            let t = check(initial, expected: annotated)
            if let annotated {
                value = coerce(t, to: annotated, site: .specified)
            } else {
                settleLiteralsIn(t)
                value = t
            }
            settleLiterals()
        }
        let type = annotated ?? value?.type.resolved ?? .error
        if annotated == nil && value == nil {
            error("type annotation missing in pattern", at: binding.pattern.span)
        }
        if case .binding(let name) = pattern.kind {
            // A second local of one name in one scope (a cell's top level may redeclare: cells rerun).
            if scope !== env.globalScope,
                scope.symbols[name]?.contains(where: { if case .variable = $0 { true } else { false } }) == true
            {
                error("invalid redeclaration of '\(name)'", at: pattern.span)
            }
            let (v, slot) = declareVariable(name, type: type, isLet: isLet)
            return [.declare(v, slot: slot, value)]
        }
        guard let value else { return [] }
        let p = checkPattern(pattern, against: type, bindAsLet: isLet)
        return [.destructure(p, value)]
    }

    // MARK: Control flow

    func checkIf(_ i: IfStatement) -> TStmt {
        let (conds, then) = withScope { () -> ([TCondition], [TStmt]) in
            let c = checkConditions(i.conditions)
            return (c, checkBody(i.then))
        }
        var otherwise: [TStmt]? = nil
        switch i.otherwise {
        case .block(let b)?: otherwise = checkBody(b)
        case .elseIf(let inner, _)?: otherwise = [checkIf(inner)]
        case nil: break
        }
        return .if(conds, then: then, else: otherwise)
    }

    /// Conditions of `if`, `guard` and `while`; bindings go into the current scope.
    func checkConditions(_ conditions: [Condition]) -> [TCondition] {
        var result: [TCondition] = []
        for c in conditions {
            switch c {
            case .expression(let e):
                if case .assignment("=", _, _, let opSpan) = e.kind {
                    error("use of '=' in a boolean context, did you mean '=='?", at: opSpan)
                    continue
                }
                let t = check(e, expected: env.bool)
                result.append(.boolean(coerce(t, to: env.bool, site: .condition)))
            case .optionalBinding(let isVar, let pattern, let valueExpr, let span):
                var value: Expr
                if let v = valueExpr {
                    value = v
                } else if case .binding(let name) = pattern.kind {
                    value = Expr(.identifier(name, genericArguments: []), pattern.span)
                } else {
                    error("expected expression in conditional binding", at: span)
                    continue
                }
                var target = pattern
                var annotated: SwiftType? = nil
                if case .typed(let inner, let ref) = pattern.kind {
                    target = inner
                    annotated = resolveType(ref)
                }
                let t = check(value, expected: annotated.map { env.optional($0) })
                settleLiterals()
                guard let wrapped = t.type.optionalWrapped else {
                    if !t.type.isError {
                        error(
                            "initializer for conditional binding must have Optional type, not '\(t.type)'",
                            at: span)
                    }
                    continue
                }
                let p = checkPattern(target, against: annotated ?? wrapped, bindAsLet: !isVar)
                result.append(.optionalBinding(p, t, depth: 0))
            case .matching(let pattern, let value, _):
                let t = check(value, expected: nil)
                settleLiteralsIn(t)
                settleLiterals()
                let p = checkPattern(pattern, against: t.type, bindAsLet: true)
                result.append(.matching(p, t))
            case .availability:
                break
            }
        }
        settleLiterals()
        return result
    }

    func checkForIn(_ f: ForInStatement, label: String?) -> TStmt {
        let sequence = check(f.sequence, expected: nil)
        settleLiteralsIn(sequence)
        settleLiterals()
        let elementType = self.elementType(of: sequence.type)
        if elementType == nil && !sequence.type.isError {
            error("for-in loop requires '\(sequence.type)' to conform to 'Sequence'", at: f.sequence.span)
        }
        return checkLoop(label: label) { id in
            withScope {
                let p = checkPattern(
                    f.pattern, against: elementType ?? .error, bindAsLet: true, loopVariable: true)
                let w = f.whereClause.map {
                    coerce(check($0, expected: env.bool), to: env.bool, site: .condition)
                }
                settleLiterals()
                return .forIn(id: id, p, sequence, where: w, checkBody(f.body))
            }
        }
    }

    /// What `for x in s` binds for each kind of sequence.
    func elementType(of t: SwiftType) -> SwiftType? {
        guard case .nominal(let s, let args) = t.resolved else { return nil }
        switch s.representation {
        case .array, .set, .range, .closedRange: return args[0]
        case .dictionary:
            return .tuple([
                TupleElementType(label: "key", type: args[0]),
                TupleElementType(label: "value", type: args[1]),
            ])
        case .string, .substring: return env.character
        default:
            if s.name == "StrideTo" || s.name == "StrideThrough" { return args[0] }
            return nil
        }
    }

    func checkSwitch(_ sw: SwitchStatement, label: String?) -> TStmt {
        let subject = check(sw.subject, expected: nil)
        settleLiteralsIn(subject)
        settleLiterals()
        let id = env.nextLoopId
        env.nextLoopId += 1
        switchIds.insert(id)
        let (_, subjectSlot) = declareLocal("$switch\(id)", type: subject.type, isLet: true)
        breakTargets.append((label, id, false))
        defer { breakTargets.removeLast() }
        var cases: [TSwitchCase] = []
        for c in sw.cases {
            withScope {
                var items: [(TPattern, TExpr?)] = []
                for item in c.items {
                    let p = checkPattern(
                        item.pattern, against: subject.type, bindAsLet: true, subjectSlot: subjectSlot)
                    let w = item.whereClause.map {
                        coerce(check($0, expected: env.bool), to: env.bool, site: .condition)
                    }
                    settleLiterals()
                    items.append((p, w))
                }
                cases.append(TSwitchCase(patterns: items, body: checkBody(c.body), isDefault: c.isDefault))
            }
        }
        if !subject.type.isError && !isExhaustive(cases, subject.type) {
            error("switch must be exhaustive", at: sw.keywordSpan)
        }
        return .switch(id: id, subject, subjectSlot: subjectSlot, cases)
    }

    func isExhaustive(_ cases: [TSwitchCase], _ type: SwiftType) -> Bool {
        var coveredCases = Set<Int>()
        var coveredBools = Set<Bool>()
        var some = false
        var none = false
        for c in cases {
            if c.isDefault { return true }
            for (p, w) in c.patterns where w == nil {
                if isIrrefutable(p) { return true }
                switch p {
                case .enumCase(let ec, let subs):
                    if subs?.allSatisfy(isIrrefutable) ?? true { coveredCases.insert(ec.index) }
                case .some(let inner, _): if isIrrefutable(inner) { some = true }
                case .none: none = true
                case .expression(let e, _):
                    if case .call(_, _, let args, _) = e.kind, let first = args.first,
                        case .booleanLiteral(let b) = first.kind
                    {
                        coveredBools.insert(b)
                    }
                default: break
                }
            }
        }
        if let s = type.symbol, s.kind == .enum, s.representation == .enumeration {
            return coveredCases.count == s.cases.count
        }
        if type.optionalWrapped != nil { return some && none }
        if type.symbol?.representation == .bool { return coveredBools.count == 2 }
        return false
    }

    func isIrrefutable(_ p: TPattern) -> Bool {
        switch p {
        case .wildcard, .bind: return true
        case .tuple(let ps): return ps.allSatisfy(isIrrefutable)
        default: return false
        }
    }

    /// Whether control never reaches the end of a body (return, throw, break, continue, a call
    /// of a `Never` function, or branches that all exit).
    func bodyAlwaysExits(_ body: [TStmt]) -> Bool {
        guard let last = body.last else { return false }
        switch last {
        case .return, .throw, .break, .continue: return true
        case .expression(let e):
            if case .call(let f, _, _, _) = e.kind, isNever(f.result) { return true }
            return false
        case .if(_, let then, let otherwise?):
            return bodyAlwaysExits(then) && bodyAlwaysExits(otherwise)
        case .switch(_, _, _, let cases): return cases.allSatisfy { bodyAlwaysExits($0.body) }
        case .do(_, let b, let catches):
            return bodyAlwaysExits(b) && catches.allSatisfy { bodyAlwaysExits($0.body) }
        case .block(let b): return bodyAlwaysExits(b)
        case .guard: return false
        case .while(_, let conds, let b):
            if conds.count == 1, case .boolean(let e) = conds[0], case .booleanLiteral(true) = e.kind {
                return !containsBreak(b)
            }
            return false
        default: return false
        }
    }

    func containsBreak(_ body: [TStmt]) -> Bool {
        for s in body {
            switch s {
            case .break: return true
            case .if(_, let t, let e): if containsBreak(t) || containsBreak(e ?? []) { return true }
            default: continue
            }
        }
        return false
    }
}
