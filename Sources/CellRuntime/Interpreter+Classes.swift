import CellLanguage

extension Interpreter {
    /// `class Name: Superclass { … }`: methods, initializers and property defaults are compiled
    /// once here; the superclass (a cell class or a host base class registered in the builtin
    /// registry, such as `Module`) is looked up when the declaration runs.
    func compileClass(_ decl: ClassDecl, _ ctx: CompileContext, span: SourceSpan) throws -> StmtCode {
        // A local class's name is declared first, so its methods can refer to it.
        var slot: Int? = nil
        if !ctx.declaresGlobals { slot = try ctx.declareLocal(decl.name, span: span) }
        let superRead = decl.superclass.map { compileRead($0, ctx, span: span) }
        let visible = ctx.visibleNames
        let properties = try decl.properties.map { p -> (VariableDecl, CompiledFunction?) in
            guard let initializer = p.initializer else { return (p, nil) }
            // A property default is a zero-argument function run for each new instance.
            let compiled = CompiledFunction(name: "\(decl.name).init", kind: .closure, parameters: [], closureParameters: [],
                                            returnType: nil, span: initializer.span)
            compiled.runIndex = self.runIndex
            let inner = CompileContext(parent: ctx, isCellTop: false, inMethod: false, kind: .closure)
            inner.pushScope()
            compiled.body = try compileExpr(initializer, inner)
            compiled.slotCount = inner.slotCount
            compiled.captureSources = inner.captureSources
            return (p, compiled)
        }
        let initializers = try decl.initializers.map { try compileFunction($0, kind: .initializer, ctx) }
        let methods = try decl.methods.map { try compileFunction($0, kind: .method, ctx) }

        return { frame in
            var superclass: ClassValue? = nil
            var hostBase: (any HostBaseClass)? = nil
            if let superName = decl.superclass {
                if case let .classType(c)? = try? superRead?(frame) {
                    superclass = c
                    hostBase = c.hostBase
                } else if let base = self.registry.baseClasses[superName] {
                    hostBase = base
                } else {
                    let candidates = visible + Array(self.globals.bindings.keys) + Array(self.registry.baseClasses.keys)
                    throw RuntimeError("cannot find type '\(superName)' to inherit from", at: span,
                                       notes: Suggestions.note(for: superName, among: candidates).map { [$0] } ?? [])
                }
            }
            let box = Binding(value: .none, isConstant: true, type: nil, runIndex: self.runIndex)
            if let slot { frame.slots[slot] = box }
            func entry(_ c: CompiledFunction) -> MethodEntry {
                MethodEntry(compiled: c, captures: self.captureBoxes(c.captureSources, frame))
            }
            var methodTable: [String: MethodEntry] = [:]
            for m in methods { methodTable[m.name] = entry(m) }
            let cls = ClassValue(name: decl.name, superclass: superclass, hostBase: hostBase,
                                 properties: properties.map { PropertyEntry(decl: $0.0, initializer: $0.1.map(entry)) },
                                 initializers: initializers.map(entry), methods: methodTable)
            box.value = .classType(cls)
            if slot == nil {
                try self.declareGlobal(decl.name, .classType(cls), isConstant: true, type: nil, span: span)
            }
            return .normal
        }
    }

    /// `Name(args…)`: stored properties get their defaults (superclass first), then the matching
    /// `init` runs with `self` bound; every stored property must be set afterwards.
    func instantiate(_ cls: ClassValue, _ args: [CallArgument], span: SourceSpan) throws -> Value {
        let inst = Instance(classValue: cls)
        inst.hostState = cls.hostBase?.makeState(for: inst)
        try initializeProperties(of: cls, inst, span: span)

        var owner: ClassValue? = cls
        while let c = owner, c.initializers.isEmpty { owner = c.superclass }
        if let c = owner {
            _ = try callInitializer(of: c, inst, args, span: span)
        } else if let first = args.first {
            throw RuntimeError("\(cls.name) has no init that takes arguments; \(cls.name)()", at: first.span)
        }
        for name in cls.allPropertyNames where inst.fields[name] == nil {
            if let t = cls.propertyType(name), case .optional = t { inst.setField(name, .none); continue }
            throw RuntimeError("property '\(name)' of \(cls.name) was not initialized (give it a default or set it in init)", at: span)
        }
        return .instance(inst)
    }

    /// Runs the initializer of `cls` whose labels fit the arguments.
    private func callInitializer(of cls: ClassValue, _ inst: Instance, _ args: [CallArgument], span: SourceSpan) throws -> Value {
        let candidates = cls.initializers
        let fitting = candidates.firstIndex { ArgumentBinder.fits(args, $0.compiled.shapes) }
        let chosen = candidates[fitting ?? 0]
        let f = FunctionValue(chosen.compiled, captures: chosen.captures, boundSelf: inst, definingClass: cls)
        do {
            return try callFunction(f, args, span: span)
        } catch var e as RuntimeError where candidates.count > 1 && fitting == nil {
            e.notes += candidates.map { "candidate: \($0.compiled.signature)" }
            throw e
        }
    }

    private func initializeProperties(of cls: ClassValue, _ inst: Instance, span: SourceSpan) throws {
        if let s = cls.superclass { try initializeProperties(of: s, inst, span: span) }
        for p in cls.properties {
            guard let initializer = p.initializer else {
                if case .optional? = p.decl.type, case let .name(n) = p.decl.pattern { inst.setField(n, .none) }
                continue
            }
            let f = FunctionValue(initializer.compiled, captures: initializer.captures, boundSelf: nil, definingClass: cls)
            var v = try callFunction(f, [], span: span)
            if let t = p.decl.type { v = try convert(v, to: t, what: "specified type", span: initializer.compiled.span) }
            try bindFields(p.decl.pattern, v, inst, span: initializer.compiled.span)
        }
    }

    private func bindFields(_ pattern: Pattern, _ v: Value, _ inst: Instance, span: SourceSpan) throws {
        switch pattern {
        case let .name(n): inst.setField(n, v)
        case .wildcard: break
        case let .tuple(ps):
            guard case let .tuple(vs, _) = v, vs.count == ps.count else {
                throw RuntimeError("cannot destructure a value of type \(v.typeName) into a tuple of \(ps.count) elements", at: span)
            }
            for (p, x) in zip(ps, vs) { try bindFields(p, x, inst, span: span) }
        }
    }

    /// `super.init(…)` and `super.method(…)` inside a method of a subclass.
    func callSuper(_ name: String, _ args: [CallArgument], _ frame: Frame, span: SourceSpan) throws -> Value {
        guard let fn = frame.function, let cls = fn.definingClass, let inst = frame.selfInstance else {
            throw RuntimeError("'super' is only available inside a method of a class", at: span)
        }
        if let superclass = cls.superclass {
            if name == "init" {
                var owner: ClassValue? = superclass
                while let c = owner, c.initializers.isEmpty { owner = c.superclass }
                if let c = owner { return try callInitializer(of: c, inst, args, span: span) }
                if superclass.hostBase == nil {
                    if let first = args.first { throw RuntimeError("\(superclass.name) has no init that takes arguments", at: first.span) }
                    return .void
                }
            } else if let (m, owner) = superclass.findMethod(name) {
                let f = FunctionValue(m.compiled, captures: m.captures, boundSelf: inst, definingClass: owner)
                return try callFunction(f, args, span: span)
            }
        }
        if let base = cls.hostBase {
            if name == "init" {
                try wrapBuiltinErrors(span) {
                    try base.initialize(inst, arguments: args.map { LabeledValue(label: $0.label, value: $0.value) })
                }
                return .void
            }
            if let ms = registry.methodOverloads(type: base.name, name: name) {
                return try callBuiltin(BoundBuiltin(overloads: ms, receiver: .instance(inst)), args, span: span)
            }
        } else if cls.superclass == nil {
            if name == "init" && args.isEmpty { return .void }
            throw RuntimeError("'super' needs a superclass; \(cls.name) has none", at: span)
        }
        throw RuntimeError("no member '\(name)' on the superclass of \(cls.name)", at: span)
    }
}
