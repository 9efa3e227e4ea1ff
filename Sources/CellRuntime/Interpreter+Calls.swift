import CellLanguage

extension Interpreter {
    /// `callee(args…)`: method calls (through an lvalue when the method mutates), `super` calls,
    /// `[Int]()`-style initializers and calls of any callable value.
    func compileCall(_ calleeExpr: Expr, _ argExprs: [Argument], _ ctx: CompileContext, span: SourceSpan) throws -> Code {
        let args = try compileArguments(argExprs, ctx)
        if case let .member(baseExpr, name) = calleeExpr.kind {
            if case .superRef = baseExpr.kind {
                return { frame in try self.callSuper(name, try args(frame), frame, span: span) }
            }
            if registry.mutatingMethodNames.contains(name), baseExpr.isLValueShaped {
                let target = try compileLValue(baseExpr, ctx)
                let memberSpan = calleeExpr.span
                return { frame in try self.callThroughLValue(try target(frame), name, memberSpan, args, frame, span: span) }
            }
        }
        if let type = calleeExpr.typeLiteral {
            return { frame in try self.callTypeLiteral(type, try args(frame), span: span) }
        }
        let callee = try compileExpr(calleeExpr, ctx)
        return { frame in
            let f = try callee(frame)
            return try self.callValue(f, try args(frame), span: span)
        }
    }

    /// `x.name(args)` where `name` may be a mutating method: the receiver is modified in place.
    private func callThroughLValue(_ lv: LValue, _ name: String, _ memberSpan: SourceSpan,
                                   _ argCodes: (Frame) throws -> [CallArgument], _ frame: Frame, span: SourceSpan) throws -> Value {
        // Only the type is kept: holding the receiver would make its storage shared, and the
        // mutation below would copy the whole array.
        let typeName = try read(lv).registryTypeName
        if let overloads = registry.methodOverloads(type: typeName, name: name),
           overloads.contains(where: \.isMutating) {
            let args = try argCodes(frame)
            if let reason = lv.constantReason {
                throw RuntimeError("cannot use mutating member '\(name)' on an immutable value: \(reason)", at: memberSpan)
            }
            var result: Value = .void
            try modify(lv) { recv in
                result = try self.invokeBuiltin(overloads, receiver: &recv, args, span: span)
            }
            return result
        }
        let callee = try member(of: try read(lv), name, span: memberSpan)
        return try callValue(callee, try argCodes(frame), span: span)
    }

    /// `[Int]()`, `[String: Double]()`, `[Double](repeating: 0, count: 3)`.
    private func callTypeLiteral(_ type: TypeRef, _ args: [CallArgument], span: SourceSpan) throws -> Value {
        if case .dictionary = type {
            if let first = args.first { throw RuntimeError("an empty dictionary takes no arguments; \(type)()", at: first.span) }
            return .dictionary(ValueDictionary())
        }
        if args.isEmpty { return .array([]) }
        guard let overloads = registry.functions["Array"] else {
            throw RuntimeError("cannot build \(type) with arguments: no 'Array' builtin", at: span)
        }
        let made = try callBuiltin(BoundBuiltin(overloads: overloads, receiver: nil), args, span: span)
        return try convert(made, to: type, what: "type", span: span)
    }

    /// Calls any callable value.
    func callValue(_ callee: Value, _ args: [CallArgument], span: SourceSpan) throws -> Value {
        switch callee {
        case let .function(f):
            return try callFunction(f, args, span: span)
        case let .builtin(b):
            return try callBuiltin(b, args, span: span)
        case let .classType(c):
            return try instantiate(c, args, span: span)
        case let .instance(inst):
            if let f = inst.classValue.boundMethod("callAsFunction", inst) {
                return try callFunction(f, args, span: span)
            }
            if let baseName = inst.classValue.hostBase?.name,
               let ms = registry.methodOverloads(type: baseName, name: "callAsFunction") {
                return try callBuiltin(BoundBuiltin(overloads: ms, receiver: callee), args, span: span)
            }
            throw RuntimeError("cannot call a value of type \(inst.classValue.name); its class defines no 'callAsFunction'", at: span)
        case let .host(h):
            if let ms = registry.methodOverloads(type: h.typeName, name: "callAsFunction") {
                return try callBuiltin(BoundBuiltin(overloads: ms, receiver: callee), args, span: span)
            }
        default: break
        }
        throw RuntimeError("cannot call a value of type \(callee.typeName)", at: span)
    }

    /// Calls a user function, method, initializer or closure.
    func callFunction(_ f: FunctionValue, _ args: [CallArgument], span: SourceSpan) throws -> Value {
        guard callDepth < Interpreter.maxCallDepth, stackUsed() < Interpreter.stackBudget else {
            throw RuntimeError("maximum call depth \(Interpreter.maxCallDepth) exceeded (is there a recursion without a base case?)", at: span,
                               notes: callDepth < Interpreter.maxCallDepth ? ["the interpreter's stack ran low at depth \(callDepth)"] : [])
        }
        try checkDeadline(at: span)
        callDepth += 1
        defer { callDepth -= 1 }
        let compiled = f.compiled
        let frame = Frame(slotCount: compiled.slotCount, captures: f.captures, selfInstance: f.boundSelf, function: f)
        try bindParameters(f, args, frame, span: span)
        do {
            var result = try compiled.body(frame)
            if let t = compiled.returnType, !(t == .named("Void", []) || t == .tuple([])) {
                if result.isVoid {
                    throw RuntimeError("missing return in \(f.kind == .closure ? "closure" : "'\(f.name)'") expected to return \(t)", at: compiled.span)
                }
                guard let converted = conform(result, to: t) else {
                    throw RuntimeError("cannot convert return value of type \(describeType(result)) to return type \(t) of '\(f.name)'", at: compiled.span)
                }
                result = converted
            }
            return result
        } catch var e as RuntimeError {
            // The span lies in this function's source; remember which cell that is, and the call
            // that led there (overwritten on the way out, so it ends as the running cell's call).
            if e.definingRun == nil { e.definingRun = compiled.runIndex }
            e.callSpan = span
            throw e
        }
    }

    /// Binds the arguments of a call to the parameter slots (or `$0`, `$1` …), checking labels and types.
    private func bindParameters(_ f: FunctionValue, _ args: [CallArgument], _ frame: Frame, span: SourceSpan) throws {
        let compiled = f.compiled
        if compiled.kind == .closure {
            // Swift splats one tuple argument over several closure parameters:
            // `zip(a, b).map { $0 * $1 }`, `pairs.map { x, y in … }`.
            let expected = compiled.closureParameters.isEmpty ? compiled.anonymousSlots.count : compiled.closureParameters.count
            if expected > 1, args.count == 1, case let .tuple(values, _) = args[0].value, values.count == expected {
                let splat = values.map { CallArgument(label: nil, value: $0, span: args[0].span) }
                return try bindParameters(f, splat, frame, span: span)
            }
            if compiled.closureParameters.isEmpty {
                for (i, a) in args.enumerated() where i < compiled.anonymousSlots.count {
                    frame.slots[compiled.anonymousSlots[i]] = Binding(value: a.value, isConstant: true, type: nil, runIndex: 0)
                }
                return
            }
            guard args.count == compiled.closureParameters.count else {
                let n = compiled.closureParameters.count
                throw RuntimeError("closure expects \(n) argument\(n == 1 ? "" : "s"), got \(args.count)", at: span)
            }
            for ((p, slot), a) in zip(zip(compiled.closureParameters, compiled.parameterSlots), args) where slot >= 0 {
                var v = a.value
                if let t = p.type { v = try convert(v, to: t, what: "closure parameter '\(p.name ?? "_")'", span: a.span) }
                frame.slots[slot] = Binding(value: v, isConstant: true, type: p.type, runIndex: 0)
            }
            return
        }
        let bound = try ArgumentBinder.bind(args, to: compiled.shapes, signature: compiled.signature, callSpan: span)
        for (i, given) in bound.enumerated() {
            let p = compiled.parameters[i]
            var v: Value = .none
            var at = span
            if let a = given.first {
                v = a.value; at = a.span
            } else if let d = compiled.defaults[i] {
                v = try d(frame)
                at = p.defaultValue?.span ?? span
            }
            if let t = p.type {
                guard let converted = conform(v, to: t) else {
                    throw RuntimeError("argument '\(p.label ?? p.name)' must be \(t), not \(describeType(v)); \(compiled.signature)", at: at)
                }
                v = converted
            }
            frame.slots[compiled.parameterSlots[i]] = Binding(value: v, isConstant: true, type: p.type, runIndex: 0)
        }
    }

    /// Calls a builtin; a mutating method reached without an lvalue (`let f = xs.append`) is refused.
    func callBuiltin(_ b: BoundBuiltin, _ args: [CallArgument], span: SourceSpan) throws -> Value {
        var receiver = b.receiver ?? .void
        if b.overloads.contains(where: \.isMutating) {
            let usable = b.overloads.filter { !$0.isMutating }
            if usable.isEmpty {
                throw RuntimeError("cannot use mutating member '\(b.name)' on an immutable value", at: span)
            }
            return try invokeBuiltin(usable, receiver: &receiver, args, span: span)
        }
        return try invokeBuiltin(b.overloads, receiver: &receiver, args, span: span)
    }

    /// Chooses the overload whose labels fit, binds the arguments and runs the implementation.
    func invokeBuiltin(_ overloads: [BuiltinFunction], receiver: inout Value, _ args: [CallArgument], span: SourceSpan) throws -> Value {
        var f = overloads[0]
        if overloads.count > 1, let fitting = overloads.first(where: { ArgumentBinder.fits(args, $0.shapes) }) { f = fitting }
        let bound: [[CallArgument]]
        do {
            bound = try ArgumentBinder.bind(args, to: f.shapes, signature: f.signature, callSpan: span)
        } catch var e as RuntimeError {
            if overloads.count > 1 { e.notes += overloads.map { "candidate: \($0.signature)" } }
            throw e
        }
        let arguments = BuiltinArguments(function: f, bound: bound, callSpan: span)
        let context = BuiltinContext(interpreter: self, span: span)
        return try wrapBuiltinErrors(span) { try f.implementation(&receiver, arguments, context) }
    }
}

extension Expr {
    /// The type an array or dictionary literal spells when called as an initializer (`[Int]()`).
    var typeLiteral: TypeRef? {
        func type(_ e: Expr) -> TypeRef? {
            switch e.kind {
            case let .identifier(name) where name.first?.isUppercase == true: return .named(name, [])
            case let .array(items) where items.count == 1: return type(items[0]).map { .array($0) }
            case let .dictionary(entries) where entries.count == 1:
                guard let k = type(entries[0].key), let v = type(entries[0].value) else { return nil }
                return .dictionary(k, v)
            default: return nil
            }
        }
        switch kind {
        case .array, .dictionary: return type(self)
        default: return nil
        }
    }

    /// Whether the expression can be an assignment target (or receiver of a mutating method).
    var isLValueShaped: Bool {
        switch kind {
        case .identifier: return true
        case let .member(base, _), let .tupleIndex(base, _), let .subscript(base, _):
            if case .selfRef = base.kind { return true }
            return base.isLValueShaped
        default: return false
        }
    }
}
