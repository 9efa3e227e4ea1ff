import CellLanguage

/// An assignment target resolved to a root storage location and a path into it.
///
/// Arrays, dictionaries and tuples are values, so `a[i].x = 1` modifies the root variable `a` in
/// place: the root is taken out of its box (so the storage is uniquely referenced and not copied),
/// the path is applied, and the result is stored back. A member of a class instance or host
/// object starts a new root, since those are references.
struct LValue {
    enum Root {
        case binding(Binding, name: String)
        case field(Instance, String)
        case hostProperty(Value, BuiltinProperty, SourceSpan)
    }
    enum Component {
        case index([CallArgument], SourceSpan)
        case member(String, SourceSpan)
        case tupleIndex(Int, SourceSpan)
    }
    var root: Root
    var path: [Component]
    /// Why the location cannot be modified, or nil when it can.
    var constantReason: String?
}

extension Interpreter {
    /// Compiles an assignment target (or the receiver of a mutating method) into code that
    /// resolves it to a root and a path.
    func compileLValue(_ expr: Expr, _ ctx: CompileContext) throws -> (Frame) throws -> LValue {
        let span = expr.span
        switch expr.kind {
        case let .identifier(name):
            switch ctx.resolve(name) {
            case let .local(slot):
                return { frame in Self.bindingLValue(frame.slot(slot), name) }
            case let .capture(i):
                return { frame in Self.bindingLValue(frame.captures[i], name) }
            case .global:
                let visible = ctx.visibleNames
                return { _ in try self.globalLValue(name, visible: visible, span: span) }
            case .selfOrGlobal:
                let visible = ctx.visibleNames
                return { frame in
                    if let inst = frame.selfInstance {
                        if inst.fields[name] != nil || inst.classValue.propertyNameSet.contains(name) {
                            return self.fieldLValue(inst, name, frame)
                        }
                        if inst.classValue.findMethod(name) != nil {
                            throw RuntimeError("cannot assign to method '\(name)'", at: span)
                        }
                    }
                    return try self.globalLValue(name, visible: visible, span: span)
                }
            }
        case let .member(baseExpr, name):
            if baseExpr.isLValueShaped {
                let base = try compileLValue(baseExpr, ctx)
                return { frame in
                    var lv = try base(frame)
                    let current = try self.read(lv)
                    switch current {
                    case .instance, .host:
                        return try self.referenceMember(current, name, frame, span: span)
                    default:
                        lv.path.append(.member(name, span))
                        return lv
                    }
                }
            }
            let base = try compileExpr(baseExpr, ctx)
            return { frame in try self.referenceMember(try base(frame), name, frame, span: span) }
        case let .tupleIndex(baseExpr, i):
            let base = try compileLValue(baseExpr, ctx)
            return { frame in
                var lv = try base(frame)
                lv.path.append(.tupleIndex(i, span))
                return lv
            }
        case let .subscript(baseExpr, argExprs):
            let base = try compileLValue(baseExpr, ctx)
            let args = try compileArguments(argExprs, ctx)
            return { frame in
                var lv = try base(frame)
                lv.path.append(.index(try args(frame), span))
                return lv
            }
        default:
            throw RuntimeError("cannot assign to this expression; expected a variable, property or subscript", at: span)
        }
    }

    private static func bindingLValue(_ b: Binding, _ name: String) -> LValue {
        LValue(root: .binding(b, name: name), path: [], constantReason: b.isConstant ? "'\(name)' is a 'let' constant" : nil)
    }

    private func globalLValue(_ name: String, visible: [String], span: SourceSpan) throws -> LValue {
        guard let b = globals.lookup(name) else {
            throw RuntimeError("cannot find '\(name)' in scope", at: span,
                               notes: Suggestions.note(for: name, among: visible + Array(globals.bindings.keys)).map { [$0] } ?? [])
        }
        return Self.bindingLValue(b, name)
    }

    private func fieldLValue(_ inst: Instance, _ name: String, _ frame: Frame) -> LValue {
        let inInit = frame.function?.kind == .initializer
        let constant = inst.classValue.isConstantProperty(name) && !inInit
        return LValue(root: .field(inst, name), path: [],
                      constantReason: constant ? "'\(name)' is a 'let' constant" : nil)
    }

    /// `object.name` as a root, where `object` is a class instance or host object.
    private func referenceMember(_ object: Value, _ name: String, _ frame: Frame, span: SourceSpan) throws -> LValue {
        switch object {
        case let .instance(inst):
            if inst.fields[name] != nil || inst.classValue.propertyNameSet.contains(name) {
                return fieldLValue(inst, name, frame)
            }
            if let baseName = inst.classValue.hostBase?.name, let p = registry.properties[baseName]?[name] {
                return LValue(root: .hostProperty(object, p, span), path: [], constantReason: p.set == nil ? "'\(name)' is get-only" : nil)
            }
        case let .host(h):
            if let p = registry.properties[h.typeName]?[name] {
                return LValue(root: .hostProperty(object, p, span), path: [], constantReason: p.set == nil ? "'\(name)' is get-only" : nil)
            }
        default:
            throw RuntimeError("cannot assign to property '\(name)' of an immutable value of type \(object.typeName)", at: span)
        }
        throw RuntimeError("no member '\(name)' on \(object.typeName)", at: span,
                           notes: Suggestions.note(for: name, among: memberNames(of: object)).map { [$0] } ?? [])
    }

    /// The current value at an lvalue.
    func read(_ lv: LValue) throws -> Value {
        var v: Value
        switch lv.root {
        case let .binding(b, _): v = b.value
        case let .field(inst, name): v = inst.fields[name] ?? .none
        case let .hostProperty(obj, p, span): v = try wrapBuiltinErrors(span) { try p.get(obj, BuiltinContext(interpreter: self, span: span)) }
        }
        for c in lv.path {
            switch c {
            case let .index(args, span): v = try subscriptGet(v, args, span: span)
            case let .member(name, span): v = try member(of: v, name, span: span)
            case let .tupleIndex(i, span):
                guard case let .tuple(vs, _) = v, vs.indices.contains(i) else {
                    throw RuntimeError("tuple index \(i) is out of range", at: span)
                }
                v = vs[i]
            }
        }
        return v
    }

    /// Modifies the value at an lvalue in place. The caller checks `constantReason`.
    func modify(_ lv: LValue, _ body: (inout Value) throws -> Void) throws {
        switch lv.root {
        case let .binding(b, _):
            var v = b.value
            b.value = .void
            defer { b.value = v }
            try apply(&v, lv.path[...], body)
        case let .field(inst, name):
            // A field first set here (in `init`) must still enter `fieldOrder` through `setField`.
            let existed = inst.fields[name] != nil
            var v = inst.fields[name] ?? .none
            inst.fields[name] = .void
            do { try apply(&v, lv.path[...], body) } catch { inst.fields[name] = existed ? v : nil; throw error }
            if !existed { inst.fields[name] = nil }
            inst.setField(name, v)
        case let .hostProperty(obj, p, span):
            let context = BuiltinContext(interpreter: self, span: span)
            var v = try wrapBuiltinErrors(span) { try p.get(obj, context) }
            try apply(&v, lv.path[...], body)
            var receiver = obj
            try wrapBuiltinErrors(span) { try p.set?(&receiver, v, context) }
        }
    }

    private func apply(_ v: inout Value, _ path: ArraySlice<LValue.Component>, _ body: (inout Value) throws -> Void) throws {
        guard let c = path.first else { return try body(&v) }
        let rest = path.dropFirst()
        switch (c, v) {
        case (let .index(args, span), .array(var items)):
            guard args.count == 1, args[0].label == nil, case let .int(i) = args[0].value else {
                throw RuntimeError("an array element assignment takes one Int index", at: span)
            }
            guard items.indices.contains(i) else { throw indexError(i, items.count, at: args[0].span) }
            v = .void
            defer { v = .array(items) }
            try apply(&items[i], rest, body)
        case (let .index(args, span), .dictionary(var d)):
            let (key, fallback) = try dictionaryKey(args, span: span)
            v = .void
            defer { v = .dictionary(d) }
            var element = d[key] ?? fallback ?? .none
            try apply(&element, rest, body)
            d[key] = element.isNil ? nil : element
        case (let .index(_, span), _):
            throw RuntimeError("cannot assign through a subscript of a value of type \(v.typeName)", at: span)
        case (let .member(name, span), .tuple(var values, let labels)):
            guard let i = labels.firstIndex(of: name) else {
                throw RuntimeError("no member '\(name)' on Tuple", at: span)
            }
            v = .void
            defer { v = .tuple(values, labels: labels) }
            try apply(&values[i], rest, body)
        case (let .member(name, _), .instance(let inst)):
            var field = inst.fields[name] ?? .none
            try apply(&field, rest, body)
            inst.setField(name, field)
        case (let .member(name, span), _):
            throw RuntimeError("cannot assign to member '\(name)' of a value of type \(v.typeName)", at: span)
        case (let .tupleIndex(i, span), .tuple(var values, let labels)):
            guard values.indices.contains(i) else {
                throw RuntimeError("tuple index \(i) is out of range for a tuple of \(values.count) elements", at: span)
            }
            v = .void
            defer { v = .tuple(values, labels: labels) }
            try apply(&values[i], rest, body)
        case (let .tupleIndex(_, span), _):
            throw RuntimeError("'.N' needs a tuple, not a value of type \(v.typeName)", at: span)
        }
    }

    /// `target = value` and the compound forms `+= -= *= /=`.
    func compileAssignment(_ target: Expr, _ op: AssignmentOperator, _ valueExpr: Expr, _ ctx: CompileContext,
                           span: SourceSpan) throws -> StmtCode {
        let value = try compileExpr(valueExpr, ctx)
        let lvalue = try compileLValue(target, ctx)
        let targetSpan = target.span, valueSpan = valueExpr.span
        return { frame in
            let rhs = try value(frame)
            try self.assign(try lvalue(frame), op, rhs, targetSpan: targetSpan, valueSpan: valueSpan, span: span)
            return .normal
        }
    }

    private func assign(_ lv: LValue, _ op: AssignmentOperator, _ rhs: Value, targetSpan: SourceSpan,
                        valueSpan: SourceSpan, span: SourceSpan) throws {
        if let reason = lv.constantReason {
            throw RuntimeError("cannot assign to value: \(reason)", at: targetSpan)
        }
        var declaredType: TypeRef? = nil
        if lv.path.isEmpty {
            switch lv.root {
            case let .binding(b, _): declaredType = b.type
            case let .field(inst, name): declaredType = inst.classValue.propertyType(name)
            case .hostProperty: break
            }
        }
        try modify(lv) { current in
            var new: Value
            switch op {
            case .assign: new = rhs
            case .add:
                // In place, so `xs += [x]` and `s += "…"` in a loop do not copy the whole value:
                // bind the payload, then clear `current` so the payload is uniquely referenced.
                // (Matching on a tuple `(current, rhs)` would hold a second reference and copy.)
                if case let .array(b) = rhs, case var .array(a) = current, a.count + b.count <= Value.maxMaterializedCount {
                    current = .void; a.append(contentsOf: b); current = .array(a); return
                }
                if case let .string(b) = rhs, case var .string(a) = current, a.utf8.count + b.utf8.count <= Value.maxMaterializedCount {
                    current = .void; a += b; current = .string(a); return
                }
                new = try self.binary(.add, current, rhs, span: span)
            case .subtract: new = try self.binary(.subtract, current, rhs, span: span)
            case .multiply: new = try self.binary(.multiply, current, rhs, span: span)
            case .divide: new = try self.binary(.divide, current, rhs, span: span)
            }
            if let t = declaredType { new = try self.convert(new, to: t, what: "type", span: valueSpan) }
            current = new
        }
    }
}
