// Declarations: types (struct, enum, class, protocol), extensions, functions, initializers,
// properties, enum cases. A cell's (or the library's) declarations are entered in passes, so
// that any of them may use any other whatever the order: first every type's name, then every
// signature (members, conformances, top-level functions), then bodies in statement order.

import CellSyntax

extension Checker {
    /// Passes 1 and 2 over a cell's top-level declarations.
    func declareTopLevel(_ statements: [Stmt]) {
        var nominals: [(Decl, TypeSymbol)] = []
        for stmt in statements {
            guard case .declaration(let decl) = stmt.kind else { continue }
            switch decl.kind {
            case .nominal(let n):
                let t = makeTypeSymbol(name: n.name, kind: TypeSymbol.Kind(rawValue: n.kind.rawValue)!)
                t.genericParameters = n.genericParameters.map { GenericParameterSymbol(name: $0.name) }
                t.isFinal = decl.has("final") || n.kind != .class
                declareName(n.name, .type(t))
                nominals.append((decl, t))
            case .protocol(let p):
                let t = makeTypeSymbol(name: p.name, kind: .protocol)
                let selfParam = GenericParameterSymbol(name: "Self")
                selfParam.constraints = [t]
                t.selfParameter = selfParam
                declareName(p.name, .type(t))
                nominals.append((decl, t))
            case .typeAlias(let name, _, let ref):
                declareName(name, .typeAlias(resolveType(ref)))
            default: break
            }
        }
        // Conformances and superclasses first (members may depend on them).
        for (decl, t) in nominals { declareInheritance(decl, t) }
        // Superclasses before their subclasses (a subclass's fields follow its superclass's).
        func depth(_ t: TypeSymbol) -> Int { t.superclass.map { depth($0) + 1 } ?? 0 }
        for (decl, t) in nominals.sorted(by: { depth($0.1) < depth($1.1) }) { declareMembers(decl, t) }
        for stmt in statements {
            guard case .declaration(let decl) = stmt.kind else { continue }
            switch decl.kind {
            case .extension(let ext): declareExtension(ext, decl)
            case .function(let f):
                let fn = makeFunction(f, decl: decl, owner: nil)
                declareName(f.name, .function(fn))
                if isOperatorName(f.name) { env.operators[f.name, default: []].append(fn) }
                functionSymbols[stmt.span.start] = fn
            default: break
            }
        }
    }

    func makeTypeSymbol(name: String, kind: TypeSymbol.Kind) -> TypeSymbol {
        let representation: Representation
        switch kind {
        case .struct: representation = .record
        case .enum: representation = .enumeration
        case .class: representation = .object
        case .protocol: representation = .protocolType
        }
        let t = TypeSymbol(name: name, kind: kind, representation: representation, isLibrary: isLibrary)
        if isLibrary { Library.configure(t, env) }
        return t
    }

    func declareName(_ name: String, _ symbol: Symbol) {
        if scope === env.globalScope { declareGlobal(name, symbol) } else { scope.add(name, symbol) }
    }

    func isOperatorName(_ name: String) -> Bool {
        guard let c = name.unicodeScalars.first else { return false }
        return !(c.properties.isAlphabetic || c == "_")
    }

    /// A scope holding a type's generic parameters (and `Self`), for resolving member types.
    func typeScope(_ t: TypeSymbol) -> Scope {
        let s = Scope(parent: scope)
        for g in t.genericParameters { s.add(g.name, .typeAlias(.genericParameter(g))) }
        return s
    }

    func withTypeContext<T>(_ t: TypeSymbol, _ body: () -> T) -> T {
        let savedScope = scope
        let savedType = typeContext
        scope = typeScope(t)
        typeContext = t
        defer {
            scope = savedScope
            typeContext = savedType
        }
        return body()
    }

    func declareInheritance(_ decl: Decl, _ t: TypeSymbol) {
        var inheritance: [TypeRef] = []
        var genericParams: [GenericParameter] = []
        switch decl.kind {
        case .nominal(let n):
            inheritance = n.inheritance
            genericParams = n.genericParameters
        case .protocol(let p): inheritance = p.inheritance
        default: return
        }
        withTypeContext(t) {
            for (g, symbol) in zip(genericParams, t.genericParameters) {
                if let c = g.constraint, case .existential(let ps) = resolveType(c) {
                    symbol.constraints = ps
                }
            }
            for (i, ref) in inheritance.enumerated() {
                if case .named("AnyObject", _) = ref.kind { continue }
                let r = resolveType(ref)
                switch r {
                case .existential(let ps): t.conformances += ps
                case .nominal(let s, _) where s.kind == .class && t.kind == .class && i == 0:
                    if s.isFinal && !s.isLibrary { error("inheritance from a final class '\(s.name)'", at: decl.nameSpan) }
                    t.superclass = s
                case .nominal where t.kind == .enum && i == 0:
                    t.rawType = r
                default:
                    if !r.isError { error("inheritance from non-protocol type '\(r)'", at: ref.span) }
                }
            }
        }
    }

    func declareMembers(_ decl: Decl, _ t: TypeSymbol) {
        let members: [Decl]
        switch decl.kind {
        case .nominal(let n): members = n.members
        case .protocol(let p): members = p.members
        default: return
        }
        bodyOwnerKey = decl.span.start
        if let superclass = t.superclass {
            t.storedProperties = superclass.storedProperties
            t.vtableIndex = superclass.vtableIndex
        }
        withTypeContext(t) {
            for m in members { declareMember(m, in: t) }
            // Nested types' own members.
            for m in members {
                if case .nominal(let n) = m.kind, case .type(let nested)? = t.members[n.name]?.first {
                    declareInheritance(m, nested)
                    declareMembers(m, nested)
                }
            }
        }
        finishType(t)
    }

    /// Synthesised members: the memberwise initializer, raw values, `allCases`.
    func finishType(_ t: TypeSymbol) {
        if t.kind == .struct && t.initializers.isEmpty && !t.isLibrary {
            let params = t.storedProperties.filter { !($0.isLet && $0.hasInitialValue) }.map {
                ParameterSymbol(
                    label: $0.name, name: $0.name, type: $0.type, isInout: false, isVariadic: false,
                    defaultValue: $0.initialValue, hasDefault: $0.hasInitialValue)
            }
            let initFn = FuncSymbol(
                name: "init", kind: .initializer, parameters: params, result: t.declaredType)
            initFn.owner = t
            initFn.host = "memberwise"
            t.initializers.append(initFn)
            t.synthesizedMemberwise = true
        }
        if t.kind == .class && t.initializers.isEmpty, let superclass = t.superclass {
            // A subclass without initializers of its own inherits its superclass's.
            t.initializers = superclass.initializers
        }
        // A library module's base class (not a host type) gets `init()` as a cell's class does.
        if t.kind == .class && t.initializers.isEmpty && t.representation == .object && t.superclass == nil {
            let initFn = FuncSymbol(
                name: "init", kind: .initializer, parameters: [], result: t.declaredType)
            initFn.owner = t
            initFn.host = "defaultInit"
            t.initializers.append(initFn)
        }
        if t.kind == .enum, let raw = t.rawType {
            let rawVar = VarSymbol(name: "rawValue", type: raw, isLet: true, storage: .host("rawValue"))
            t.add("rawValue", .variable(rawVar))
            let initFn = FuncSymbol(
                name: "init", kind: .initializer,
                parameters: [
                    ParameterSymbol(
                        label: "rawValue", name: "rawValue", type: raw, isInout: false, isVariadic: false,
                        hasDefault: false)
                ],
                result: env.optional(t.declaredType))
            initFn.owner = t
            initFn.isFailable = true
            initFn.host = "rawValueInit"
            t.initializers.append(initFn)
            // Raw values: explicit, or the previous integer plus one, or the case name.
            var next = 0
            // Integer literals written for Double raw values are Doubles.
            if raw.symbol?.representation == .double {
                for c in t.cases { if case .int(let i)? = c.rawValue { c.rawValue = .double(Double(i)) } }
            }
            for c in t.cases {
                if let v = c.rawValue {
                    if case .int(let i) = v { next = i + 1 }
                    continue
                }
                if raw.symbol?.representation == .string {
                    c.rawValue = .string(c.name)
                } else if raw.symbol?.representation == .double {
                    c.rawValue = .double(Double(next))
                    next += 1
                } else {
                    c.rawValue = .int(next)
                    next += 1
                }
            }
        }
        if t.kind == .enum, t.conformances.contains(where: { $0.name == "CaseIterable" }) {
            let all = VarSymbol(
                name: "allCases", type: env.array(t.declaredType), isLet: true, storage: .host("allCases"))
            all.isStatic = true
            t.add("allCases", .variable(all))
        }
    }

    func declareMember(_ m: Decl, in t: TypeSymbol) {
        let isStatic = m.has("static") || m.has("class")
        switch m.kind {
        case .variable(let v):
            for binding in v.bindings {
                guard case .binding(let name) = binding.pattern.kind else {
                    error("only simple property declarations are supported", at: binding.pattern.span)
                    continue
                }
                var type: SwiftType = .error
                if let ref = binding.type {
                    type = resolveType(ref)
                } else if let initial = binding.initializer {
                    // `var total = 0`: the initializer decides the type.
                    let e = check(initial, expected: nil)
                    settleLiterals()
                    type = e.type.resolved
                } else {
                    error("type annotation missing in pattern", at: binding.pattern.span)
                }
                switch binding.accessors {
                case .computed(let getter, let setter)?:
                    let g = FuncSymbol(
                        name: name, kind: .getter, parameters: [], result: type,
                        throwing: binding.getterEffects != .none)
                    g.owner = t
                    g.isStatic = isStatic
                    g.declaration = getter
                    var s: FuncSymbol? = nil
                    if let setter {
                        let sf = FuncSymbol(
                            name: name, kind: .setter,
                            parameters: [
                                ParameterSymbol(
                                    label: nil, name: setter.parameterName ?? "newValue", type: type, isInout: false,
                                    isVariadic: false, hasDefault: false)
                            ],
                            result: .void)
                        sf.owner = t
                        sf.isStatic = isStatic
                        sf.isMutating = t.kind != .class
                        sf.declaration = setter.body
                        s = sf
                    }
                    let variable = VarSymbol(
                        name: name, type: type, isLet: setter == nil, storage: .computed(getter: g, setter: s))
                    variable.isStatic = isStatic
                    t.add(name, .variable(variable))
                    pendingBodies[bodyOwnerKey, default: []].append({ [unowned self] in
                        self.checkAccessor(g, in: t)
                        if let s { self.checkAccessor(s, in: t) }
                    })
                case .requirement(let settable)?:
                    // A library type's `{ get set }` property is settable through its host setter
                    // (`Owner.name.set`, Library/Registry.swift).
                    let variable = VarSymbol(
                        name: name, type: type, isLet: !(settable && t.isLibrary && t.kind != .protocol),
                        storage: .host("\(t.name).\(name)"))
                    variable.isStatic = isStatic
                    if t.kind == .protocol { variable.requirementOf = t }
                    t.add(name, .variable(variable))
                default:
                    if isStatic {
                        let variable = VarSymbol(
                            name: name, type: type, isLet: v.isLet, storage: .global(Box(.none)))
                        variable.isStatic = true
                        t.add(name, .variable(variable))
                        if let initial = binding.initializer {
                            staticInitializers.append((variable, initial))
                        }
                        continue
                    }
                    let variable = VarSymbol(
                        name: name, type: type, isLet: v.isLet, storage: .field(t.storedProperties.count))
                    if let initial = binding.initializer {
                        variable.hasInitialValue = true
                        let e = check(initial, expected: type)
                        variable.initialValue = coerce(e, to: type, site: .specified)
                        settleLiterals()
                    }
                    t.storedProperties.append(variable)
                    t.add(name, .variable(variable))
                }
            }
        case .function(let f):
            let fn = makeFunction(f, decl: m, owner: t)
            fn.isFinal = m.has("final")
            if t.kind == .class, !fn.isStatic, let superclass = t.superclass {
                checkOverride(fn, m, superclass)
            }
            t.add(f.name, .function(fn))
            if isOperatorName(f.name) { env.operators[f.name, default: []].append(fn) }
            if t.kind == .class && !fn.isStatic {
                // Slots by signature: an overload with other parameter types gets a slot of its own.
                let key = "\(f.name)(" + fn.parameters.map { "\($0.label ?? "_"):\($0.type)" }.joined(separator: ",") + ")"
                if m.has("override"), let slot = t.vtableIndex[key] {
                    fn.vtableSlot = slot
                } else {
                    let slot = t.vtableIndex.count
                    t.vtableIndex[key + "#\(slot)"] = slot
                    t.vtableIndex[key] = slot
                    fn.vtableSlot = slot
                }
            }
            if f.body != nil {
                pendingBodies[bodyOwnerKey, default: []].append({ [unowned self] in
                    self.checkFunctionBody(fn, f.body!, in: t)
                })
            }
        case .initializer(let i):
            let fn = makeInitializer(i, decl: m, owner: t)
            t.initializers.append(fn)
            if let body = i.body {
                pendingBodies[bodyOwnerKey, default: []].append({ [unowned self] in
                    self.checkFunctionBody(fn, body, in: t)
                })
            }
        case .subscript(let sub):
            let params = sub.parameters.map { p in
                ParameterSymbol(
                    label: p.label, name: p.name, type: resolveType(p.type), isInout: false,
                    isVariadic: false, hasDefault: false)
            }
            let result = resolveType(sub.returnType)
            let getter = FuncSymbol(
                name: "subscript", kind: .getter, parameters: params, result: result,
                throwing: sub.getterEffects != .none)
            getter.owner = t
            t.add("subscript", .function(getter))
            // A library subscript without a body: host code by key (`Owner.subscript(Types)`,
            // and `….set` for its setter when `{ get set }`).
            if t.isLibrary, case .requirement = sub.accessors { getter.host = hostKey(of: getter) }
            if case .computed(let g, let setter) = sub.accessors {
                getter.declaration = g
                var setterSymbol: FuncSymbol? = nil
                if let setter {
                    let newValue = ParameterSymbol(
                        label: nil, name: setter.parameterName ?? "newValue", type: result, isInout: false,
                        isVariadic: false, hasDefault: false)
                    let s = FuncSymbol(name: "subscript", kind: .setter, parameters: params + [newValue], result: .void)
                    s.owner = t
                    s.isMutating = t.kind != .class
                    s.declaration = setter.body
                    getter.subscriptSetter = s
                    setterSymbol = s
                }
                pendingBodies[bodyOwnerKey, default: []].append({ [unowned self] in
                    self.checkAccessor(getter, in: t)
                    if let setterSymbol { self.checkAccessor(setterSymbol, in: t) }
                })
            }
        case .enumCase(let elements):
            for element in elements {
                let c = EnumCaseSymbol(
                    name: element.name, index: t.cases.count,
                    payload: element.associatedValues.map {
                        $0.map { TupleElementType(label: $0.label, type: resolveType($0.type)) }
                    })
                c.owner = t
                if let raw = element.rawValue {
                    switch raw.kind {
                    case .integerLiteral(let text): c.rawValue = .int(Int(text) ?? 0)
                    case .prefix("-", let inner, _):
                        if case .integerLiteral(let text) = inner.kind { c.rawValue = .int(-(Int(text) ?? 0)) }
                    case .stringLiteral(let parts):
                        if case .literal(let s)? = parts.first {
                            c.rawValue = .string(s)
                        } else {
                            c.rawValue = .string("")
                        }
                    case .floatLiteral(let text): c.rawValue = .double(Double(text) ?? 0)
                    default: break
                    }
                }
                t.cases.append(c)
                t.add(element.name, .enumCase(c))
            }
        case .nominal(let n):
            let nested = makeTypeSymbol(name: n.name, kind: TypeSymbol.Kind(rawValue: n.kind.rawValue)!)
            nested.genericParameters = n.genericParameters.map { GenericParameterSymbol(name: $0.name) }
            t.add(n.name, .type(nested))
        case .typeAlias(let name, _, let ref):
            t.add(name, .typeAlias(resolveType(ref)))
        case .associatedType(let name, _, _):
            let g = GenericParameterSymbol(name: name)
            t.add(name, .typeAlias(.genericParameter(g)))
        default:
            break
        }
    }

    func declareExtension(_ ext: ExtensionDecl, _ decl: Decl) {
        let extended = resolveType(ext.extendedType)
        var target: TypeSymbol?
        switch extended {
        case .nominal(let s, _): target = s
        case .existential(let ps) where ps.count == 1: target = ps[0]
        default: break
        }
        guard let t = target else {
            if !extended.isError {
                error("non-nominal type '\(extended)' cannot be extended", at: ext.extendedType.span)
            }
            return
        }
        withTypeContext(t) {
            for ref in ext.inheritance {
                if case .existential(let ps) = resolveType(ref) { t.conformances += ps }
            }
            // `where Element: Equatable` / `where Element == String`: recorded on each member.
            var requirements: [(GenericParameterSymbol, SwiftType, Bool)] = []
            for r in ext.whereClause {
                switch r {
                case .conformance(let a, let b):
                    if case .genericParameter(let g) = resolveType(a) {
                        requirements.append((g, resolveType(b), false))
                    }
                case .sameType(let a, let b):
                    if case .genericParameter(let g) = resolveType(a) {
                        requirements.append((g, resolveType(b), true))
                    }
                }
            }
            bodyOwnerKey = decl.span.start
            let before = t.members.mapValues(\.count)
            let initializersBefore = t.initializers.count
            for m in ext.members { declareMember(m, in: t) }
            for fn in t.initializers.dropFirst(initializersBefore) { fn.requirements += requirements }
            if !requirements.isEmpty {
                for (name, symbols) in t.members {
                    for s in symbols.dropFirst(before[name] ?? 0) {
                        if case .function(let fn) = s { fn.requirements += requirements }
                    }
                }
            }
        }
    }

    /// A method of a subclass against its superclass's: `override` exactly when it overrides one
    /// (same name, labels and parameter types; a method with other parameter types is an overload),
    /// and never a `final` one.
    func checkOverride(_ fn: FuncSymbol, _ decl: Decl, _ superclass: TypeSymbol) {
        let overridden = lookupMembers(of: superclass.declaredType, named: fn.name).lazy.compactMap {
            symbol -> FuncSymbol? in
            if case .function(let g) = symbol.0, !g.isStatic, g.labels == fn.labels,
                g.parameters.count == fn.parameters.count,
                zip(g.parameters, fn.parameters).allSatisfy({ sameType($0.type, $1.type) })
            {
                return g
            }
            return nil
        }.first
        if let g = overridden {
            if g.isFinal {
                error("instance method overrides a 'final' instance method", at: decl.nameSpan)
            } else if !decl.has("override") {
                error("overriding declaration requires an 'override' keyword", at: decl.nameSpan)
            }
        } else if decl.has("override") {
            error("method does not override any method from its superclass", at: decl.nameSpan)
        }
    }

    /// A function's signature; generic parameters are in scope for its parameter types.
    func makeFunction(_ f: FunctionDecl, decl: Decl, owner: TypeSymbol?) -> FuncSymbol {
        let generics = f.genericParameters.map { GenericParameterSymbol(name: $0.name) }
        let saved = scope
        scope = Scope(parent: scope)
        defer { scope = saved }
        for (g, p) in zip(generics, f.genericParameters) {
            scope.add(g.name, .typeAlias(.genericParameter(g)))
            _ = p
        }
        for (g, p) in zip(generics, f.genericParameters) {
            if let c = p.constraint, case .existential(let ps) = resolveType(c) { g.constraints = ps }
        }
        var sameTypes: [(GenericParameterSymbol, SwiftType, Bool)] = []
        for r in f.whereClause {
            if case .conformance(let a, let b) = r, case .genericParameter(let g) = resolveType(a),
                case .existential(let ps) = resolveType(b)
            {
                g.constraints += ps
            }
            if case .sameType(let a, let b) = r, case .genericParameter(let g) = resolveType(a) {
                sameTypes.append((g, resolveType(b), true))
            }
        }
        var params = f.parameters.map { makeParameter($0) }
        // Operator functions take no argument labels.
        if isOperatorName(f.name) { for i in params.indices { params[i].label = nil } }
        let result = f.returnType.map(resolveType) ?? .void
        let fn = FuncSymbol(
            name: f.name, kind: owner == nil ? .function : .method, parameters: params, result: result,
            throwing: f.effects != .none, genericParameters: generics)
        fn.owner = owner
        fn.requirements = sameTypes
        fn.isRethrows = f.effects == .rethrowsKeyword
        fn.isPostfix = decl.has("postfix")
        fn.isStatic =
            decl.has("static") || decl.has("class") || (owner != nil && isOperatorName(f.name))
        fn.isMutating = decl.has("mutating")
        fn.declaration = f.body
        fn.signatureScope = scope
        fn.closingBrace = SourcePosition(
            line: decl.span.end.line, column: max(1, decl.span.end.column - 1))
        if owner?.isLibrary ?? isLibrary, f.body == nil { fn.host = hostKey(of: fn) }
        return fn
    }

    func makeInitializer(_ i: InitializerDecl, decl: Decl, owner: TypeSymbol) -> FuncSymbol {
        // Generic parameters (`init<T: BinaryInteger>(_ source: T)`) are in scope for the parameter types.
        let generics = i.genericParameters.map { GenericParameterSymbol(name: $0.name) }
        let saved = scope
        scope = Scope(parent: scope)
        defer { scope = saved }
        for g in generics { scope.add(g.name, .typeAlias(.genericParameter(g))) }
        for (g, p) in zip(generics, i.genericParameters) {
            if let c = p.constraint, case .existential(let ps) = resolveType(c) { g.constraints = ps }
        }
        var sameTypes: [(GenericParameterSymbol, SwiftType, Bool)] = []
        for r in i.whereClause {
            if case .sameType(let a, let b) = r, case .genericParameter(let g) = resolveType(a) {
                sameTypes.append((g, resolveType(b), true))
            }
        }
        let params = i.parameters.map { makeParameter($0) }
        var result = owner.declaredType
        if i.failability != .none { result = env.optional(result) }
        let fn = FuncSymbol(
            name: "init", kind: .initializer, parameters: params, result: result,
            throwing: i.effects != .none, genericParameters: generics)
        fn.owner = owner
        fn.requirements = sameTypes
        fn.isRethrows = i.effects == .rethrowsKeyword
        if !generics.isEmpty { fn.signatureScope = scope }
        fn.isFailable = i.failability != .none
        fn.declaration = i.body
        if owner.isLibrary, i.body == nil { fn.host = hostKey(of: fn) }
        return fn
    }

    func makeParameter(_ p: Parameter) -> ParameterSymbol {
        var type = resolveType(p.type)
        if p.isVariadic { type = env.array(type) }
        var defaultValue: TExpr? = nil
        if let d = p.defaultValue {
            let e = check(d, expected: type)
            defaultValue = coerce(e, to: type, site: .argument)
            settleLiterals()
        }
        return ParameterSymbol(
            label: p.label, name: p.name, type: type, isInout: p.isInout, isVariadic: p.isVariadic,
            defaultValue: defaultValue, hasDefault: p.defaultValue != nil)
    }

    /// `Owner.name(ParameterTypes)`: the key that binds a library declaration to its host code.
    func hostKey(of fn: FuncSymbol) -> String {
        let owner = fn.owner.map { "\($0.name)." } ?? ""
        let params = fn.parameters.map { p -> String in
            let label = p.label.map { "\($0):" } ?? ""
            if p.isVariadic, let e = p.type.genericArguments.first { return "\(label)\(e)..." }
            return label + (p.isInout ? "inout " : "") + p.type.description
        }
        return "\(owner)\(fn.name)(\(params.joined(separator: ",")))"
    }

    // MARK: Bodies

    /// Checks a function's or method's body in a fresh frame: `self` in slot 0 for members, then
    /// the parameters.
    func checkFunctionBody(_ fn: FuncSymbol, _ body: [Stmt], in owner: TypeSymbol?) {
        let context = FunctionContext(
            parent: fn.isNested ? function : nil, resultType: fn.kind == .initializer ? .void : fn.result,
            throwing: fn.throwing)
        context.isInitializer = fn.kind == .initializer
        let savedFunction = function
        let savedScope = scope
        let savedType = typeContext
        let savedTargets = breakTargets
        function = context
        scope = Scope(parent: fn.signatureScope ?? scope)
        breakTargets = []
        if let owner {
            typeContext = owner
            scope = Scope(parent: typeScope(owner))
            if !fn.isStatic {
                let selfVar = VarSymbol(
                    name: "self",
                    type: owner.kind == .protocol
                        ? .genericParameter(owner.selfParameter!) : owner.declaredType,
                    isLet: !(fn.isMutating || fn.kind == .initializer || fn.kind == .setter)
                        || owner.kind == .class,
                    storage: .local(slot: context.newSlot()))
                selfVar.context = context
                context.selfVariable = selfVar
                context.isMutating = fn.isMutating || fn.kind == .initializer || fn.kind == .setter
            }
        }
        for i in fn.parameters.indices {
            let p = fn.parameters[i]
            let slot = context.newSlot()
            let v = VarSymbol(
                name: p.name ?? "_", type: p.type, isLet: !p.isInout, storage: .local(slot: slot))
            v.context = context
            if let name = p.name { scope.add(name, .variable(v)) }
            fn.parameters[i].variable = v
        }
        fn.context = context
        fn.cell = env.currentCell
        fn.body = checkBody(fn.result.isVoid || fn.kind == .initializer ? body : implicitReturn(body))
        if !fn.result.isVoid && fn.kind != .initializer && !fn.result.isError
            && !bodyAlwaysExits(fn.body!) && !isNever(fn.result)
        {
            error(
                "missing return in \(fn.owner == nil ? "global function" : "instance method") expected to return '\(fn.result)'",
                at: fn.closingBrace ?? SourcePosition(line: 1, column: 1))
        }
        function = savedFunction
        scope = savedScope
        typeContext = savedType
        breakTargets = savedTargets
    }

    func checkAccessor(_ fn: FuncSymbol, in owner: TypeSymbol) {
        guard let body = fn.declaration else { return }
        if fn.kind == .setter {
            checkFunctionBody(fn, body, in: owner)
            return
        }
        // A getter of one expression returns it (`var area: Double { w * h }`).
        checkFunctionBody(fn, implicitReturn(body), in: owner)
    }

    /// A body of one expression statement returns its value.
    func implicitReturn(_ body: [Stmt]) -> [Stmt] {
        if body.count == 1, case .expression(let e) = body[0].kind {
            return [Stmt(.return(e), body[0].span)]
        }
        return body
    }

    func isNever(_ t: SwiftType) -> Bool { t.symbol?.name == "Never" }
}
