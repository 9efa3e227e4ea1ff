import CellLanguage

extension Interpreter {
    /// Compiles an expression into a closure. Literals become constants; names are resolved to
    /// slots, captures or (cached) global lookups here, once.
    func compileExpr(_ expr: Expr, _ ctx: CompileContext) throws -> Code {
        let span = expr.span
        switch expr.kind {
        case let .int(i): let v = Value.int(i); return { _ in v }
        case let .double(d): let v = Value.double(d); return { _ in v }
        case let .bool(b): let v = Value.bool(b); return { _ in v }
        case .nil: return { _ in .none }
        case let .string(parts):
            let codes: [Code?] = try parts.map { part in
                if case let .interpolation(e) = part { return try compileExpr(e, ctx) }
                return nil
            }
            let literals: [String] = parts.map { if case let .literal(t) = $0 { return t } else { return "" } }
            if codes.allSatisfy({ $0 == nil }) { let v = Value.string(literals.joined()); return { _ in v } }
            return { frame in
                var s = ""
                for (literal, code) in zip(literals, codes) {
                    if let code { s += Display.text(try code(frame)) } else { s += literal }
                }
                return .string(s)
            }
        case let .identifier(name):
            return compileRead(name, ctx, span: span)
        case .selfRef:
            return { frame in
                guard let s = frame.selfInstance else { throw RuntimeError("'self' is only available inside a class", at: span) }
                return .instance(s)
            }
        case .superRef:
            throw RuntimeError("'super' must be followed by '.init(…)' or '.method(…)'", at: span)
        case let .anonymousClosureArgument(i):
            guard ctx.kind == .closure else {
                throw RuntimeError("anonymous closure argument '$\(i)' is only available inside a closure", at: span)
            }
            let slot = ctx.anonymousSlot(i)
            return { frame in frame.slot(slot).value }
        case let .array(items):
            let codes = try items.map { try compileExpr($0, ctx) }
            return { frame in
                var values: [Value] = []
                values.reserveCapacity(codes.count)
                for c in codes { values.append(try c(frame)) }
                return .array(values)
            }
        case let .dictionary(entries):
            let codes = try entries.map { (try compileExpr($0.key, ctx), try compileExpr($0.value, ctx), $0.key.span) }
            return { frame in
                var d = ValueDictionary()
                for (keyCode, valueCode, keySpan) in codes {
                    let k = try keyCode(frame)
                    guard let key = DictionaryKey(k) else {
                        throw RuntimeError("dictionary keys must be Int, String, Double or Bool, not \(k.typeName)", at: keySpan)
                    }
                    d[key] = try valueCode(frame)
                }
                return .dictionary(d)
            }
        case let .tuple(elements):
            let codes = try elements.map { try compileExpr($0.value, ctx) }
            let labels = elements.map(\.label)
            return { frame in .tuple(try codes.map { try $0(frame) }, labels: labels) }
        case let .prefix(op, operand):
            let code = try compileExpr(operand, ctx)
            return { frame in try self.prefix(op, try code(frame), span: span) }
        case let .binary(op, lhs, rhs):
            return try compileBinary(op, lhs, rhs, ctx, span: span)
        case let .ternary(c, a, b):
            let test = try compileCondition(c, ctx), yes = try compileExpr(a, ctx), no = try compileExpr(b, ctx)
            return { frame in try test(frame) ? try yes(frame) : try no(frame) }
        case let .call(callee, args):
            return try compileCall(callee, args, ctx, span: span)
        case let .member(base, name):
            let code = try compileExpr(base, ctx)
            return { frame in try self.member(of: try code(frame), name, span: span) }
        case let .tupleIndex(base, index):
            let code = try compileExpr(base, ctx)
            return { frame in
                let v = try code(frame)
                guard case let .tuple(values, _) = v else {
                    throw RuntimeError("'.\(index)' needs a tuple, not a value of type \(v.typeName)", at: span)
                }
                guard values.indices.contains(index) else {
                    throw RuntimeError("tuple index \(index) is out of range for a tuple of \(values.count) elements", at: span)
                }
                return values[index]
            }
        case let .implicitMember(name):
            let v = Value.symbol(name, [])
            return { _ in v }
        case let .implicitMemberCall(name, args):
            let codes = try args.map { ($0.label, try compileExpr($0.value, ctx)) }
            return { frame in .symbol(name, try codes.map { LabeledValue(label: $0.0, value: try $0.1(frame)) }) }
        case let .subscript(base, args):
            let code = try compileExpr(base, ctx)
            let argCodes = try compileArguments(args, ctx)
            return { frame in
                let b = try code(frame)
                return try self.subscriptGet(b, try argCodes(frame), span: span)
            }
        case let .closure(c):
            let compiled = try compileClosure(c, ctx, span: span)
            return { frame in .function(self.makeFunction(compiled, frame)) }
        case let .forceUnwrap(e):
            let code = try compileExpr(e, ctx)
            return { frame in
                let v = try code(frame)
                if v.isNil { throw RuntimeError("unexpectedly found nil while unwrapping an Optional value", at: span) }
                return v
            }
        }
    }

    private func compileBinary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ ctx: CompileContext, span: SourceSpan) throws -> Code {
        switch op {
        case .and:
            let l = try compileCondition(lhs, ctx), r = try compileCondition(rhs, ctx)
            return { frame in .bool(try l(frame) ? try r(frame) : false) }
        case .or:
            let l = try compileCondition(lhs, ctx), r = try compileCondition(rhs, ctx)
            return { frame in .bool(try l(frame) ? true : try r(frame)) }
        case .nilCoalescing:
            let l = try compileExpr(lhs, ctx), r = try compileExpr(rhs, ctx)
            return { frame in
                let v = try l(frame)
                return v.isNil ? try r(frame) : v
            }
        default:
            let l = try compileExpr(lhs, ctx), r = try compileExpr(rhs, ctx)
            return { frame in
                let a = try l(frame)
                return try self.binary(op, a, try r(frame), span: span)
            }
        }
    }

    /// `{ a, b in … }` or `{ $0 * 2 }`: a function compiled in a context nested in `ctx`.
    func compileClosure(_ c: Closure, _ ctx: CompileContext, span: SourceSpan) throws -> CompiledFunction {
        let compiled = CompiledFunction(name: "closure", kind: .closure, parameters: [], closureParameters: c.parameters,
                                        returnType: c.returnType, span: span)
        compiled.runIndex = runIndex
        let inner = CompileContext(parent: ctx, isCellTop: false, inMethod: ctx.inMethod, kind: .closure)
        inner.pushScope()
        compiled.parameterSlots = try c.parameters.map { p in try p.name.map { try inner.declareLocal($0, span: span) } ?? -1 }
        compiled.body = try compileBody(c.body, inner, implicitReturn: true)
        if c.parameters.isEmpty, let highest = inner.anonymousSlots.keys.max() {
            compiled.anonymousSlots = (0...highest).map { inner.anonymousSlot($0) }
        }
        compiled.slotCount = inner.slotCount
        compiled.captureSources = inner.captureSources
        return compiled
    }

    /// Compiled call arguments, evaluated in order.
    func compileArguments(_ args: [Argument], _ ctx: CompileContext) throws -> (Frame) throws -> [CallArgument] {
        let codes = try args.map { ($0.label, try compileExpr($0.value, ctx), $0.span, $0.isTrailingClosure) }
        if codes.isEmpty { return { _ in [] } }
        return { frame in
            var out: [CallArgument] = []
            out.reserveCapacity(codes.count)
            for (label, code, span, trailing) in codes {
                out.append(CallArgument(label: label, value: try code(frame), span: span, isTrailingClosure: trailing))
            }
            return out
        }
    }

    /// Reading a name: a slot, a captured box, a field or method of `self`, a global or a builtin.
    func compileRead(_ name: String, _ ctx: CompileContext, span: SourceSpan) -> Code {
        switch ctx.resolve(name) {
        case let .local(slot):
            return { frame in frame.slot(slot).value }
        case let .capture(i):
            return { frame in frame.captures[i].value }
        case .global:
            let cache = GlobalCache()
            let visible = ctx.visibleNames
            return { _ in try self.readGlobal(name, cache, visible: visible, span: span) }
        case .selfOrGlobal:
            let cache = GlobalCache()
            let visible = ctx.visibleNames
            return { frame in
                if let inst = frame.selfInstance {
                    if let v = inst.fields[name] { return v }
                    if let m = inst.classValue.boundMethod(name, inst) { return .function(m) }
                    if inst.classValue.propertyNameSet.contains(name) {
                        throw RuntimeError("property '\(name)' of \(inst.classValue.name) is used before being initialized", at: span)
                    }
                }
                return try self.readGlobal(name, cache, visible: visible + (frame.selfInstance.map { self.memberNames(of: .instance($0)) } ?? []), span: span)
            }
        }
    }

    /// A global or builtin by name; the binding found is cached until a global is (re)defined.
    func readGlobal(_ name: String, _ cache: GlobalCache, visible: [String], span: SourceSpan) throws -> Value {
        if cache.version == globals.version, let v = cache.lookup() { return v }
        cache.version = globals.version
        if let b = globals.lookup(name) {
            cache.binding = b; cache.builtin = nil
            return b.value
        }
        if let overloads = registry.functions[name] {
            let v = Value.builtin(BoundBuiltin(overloads: overloads, receiver: nil))
            cache.binding = nil; cache.builtin = v
            return v
        }
        if registry.methods[name + ".Type"] != nil || registry.properties[name + ".Type"] != nil {
            let v = Value.type(name)
            cache.binding = nil; cache.builtin = v
            return v
        }
        cache.binding = nil; cache.builtin = nil
        throw RuntimeError("cannot find '\(name)' in scope", at: span,
                           notes: Suggestions.note(for: name, among: visible + Array(globals.bindings.keys) + Array(registry.functions.keys)).map { [$0] } ?? [])
    }

    /// `base.name` for reading: a tuple label, an instance field or method, or a registry member.
    func member(of base: Value, _ name: String, span: SourceSpan) throws -> Value {
        switch base {
        case let .tuple(values, labels):
            if let i = labels.firstIndex(of: name) { return values[i] }
        case let .instance(inst):
            if let v = inst.fields[name] { return v }
            if let m = inst.classValue.boundMethod(name, inst) { return .function(m) }
            if let baseName = inst.classValue.hostBase?.name {
                if let p = registry.properties[baseName]?[name] { return try wrapBuiltinErrors(span) { try p.get(base, BuiltinContext(interpreter: self, span: span)) } }
                if let ms = registry.methodOverloads(type: baseName, name: name) { return .builtin(BoundBuiltin(overloads: ms, receiver: base)) }
            }
            if inst.classValue.allPropertyNames.contains(name) {
                throw RuntimeError("property '\(name)' of \(inst.classValue.name) is used before being initialized", at: span)
            }
        case .builtin, .type:
            // Static members of a builtin type: `Int.random(in:)`, `Tensor.zeros(…)`.
            var typeName = ""
            if case let .builtin(b) = base, b.receiver == nil { typeName = b.name }
            if case let .type(t) = base { typeName = t }
            if typeName.isEmpty { throw RuntimeError("no member '\(name)' on Function", at: span) }
            let statics = typeName + ".Type"
            if let p = registry.properties[statics]?[name] {
                return try wrapBuiltinErrors(span) { try p.get(base, BuiltinContext(interpreter: self, span: span)) }
            }
            if let ms = registry.methodOverloads(type: statics, name: name) { return .builtin(BoundBuiltin(overloads: ms, receiver: nil)) }
            throw RuntimeError("no member '\(name)' on \(typeName)", at: span,
                               notes: Suggestions.note(for: name, among: registry.memberNames(type: statics)).map { [$0] } ?? [])
        default:
            let type = base.registryTypeName
            if let p = registry.properties[type]?[name] {
                return try wrapBuiltinErrors(span) { try p.get(base, BuiltinContext(interpreter: self, span: span)) }
            }
            if let ms = registry.methodOverloads(type: type, name: name) { return .builtin(BoundBuiltin(overloads: ms, receiver: base)) }
            if case .range = base, let elements = try wrapBuiltinErrors(span, { try Value.checkedSequenceElements(base) }) {
                return try member(of: .array(elements), name, span: span)
            }
        }
        throw RuntimeError("no member '\(name)' on \(base.typeName)", at: span,
                           notes: Suggestions.note(for: name, among: memberNames(of: base)).map { [$0] } ?? [])
    }

    func memberNames(of value: Value) -> [String] {
        switch value {
        case let .tuple(_, labels): return labels.compactMap { $0 }
        case let .instance(inst):
            return inst.classValue.allPropertyNames + inst.classValue.allMethodNames
                + (inst.classValue.hostBase.map { registry.memberNames(type: $0.name) } ?? [])
        case .range: return registry.memberNames(type: "Range") + registry.memberNames(type: "Array")
        default: return registry.memberNames(type: value.registryTypeName)
        }
    }

    /// `base[args]` for reading.
    func subscriptGet(_ base: Value, _ args: [CallArgument], span: SourceSpan) throws -> Value {
        switch base {
        case let .array(items):
            guard args.count == 1, args[0].label == nil else {
                throw RuntimeError("an array subscript takes one index", at: span)
            }
            switch args[0].value {
            case let .int(i):
                guard items.indices.contains(i) else { throw indexError(i, items.count, at: args[0].span) }
                return items[i]
            case let .range(lo, hi, closed):
                guard lo >= 0, hi < items.count || (!closed && hi == items.count) else {
                    throw RuntimeError("range \(Display.literal(args[0].value)) is out of bounds for an array of \(items.count) elements", at: args[0].span)
                }
                return .array(Array(closed ? items[lo...hi] : items[lo..<hi]))
            default:
                throw RuntimeError("an array index must be Int or a range of Int, not \(args[0].value.typeName)", at: args[0].span)
            }
        case let .dictionary(d):
            let (key, fallback) = try dictionaryKey(args, span: span)
            return d[key] ?? fallback ?? .none
        case let .host(h):
            if let ms = registry.methodOverloads(type: h.typeName, name: "subscript") {
                return try callBuiltin(BoundBuiltin(overloads: ms, receiver: base), args, span: span)
            }
        case let .instance(inst):
            if let baseName = inst.classValue.hostBase?.name, let ms = registry.methodOverloads(type: baseName, name: "subscript") {
                return try callBuiltin(BoundBuiltin(overloads: ms, receiver: base), args, span: span)
            }
        default: break
        }
        throw RuntimeError("cannot subscript a value of type \(base.typeName)", at: span)
    }

    /// The key of `dict[key]` or `dict[key, default: value]`.
    func dictionaryKey(_ args: [CallArgument], span: SourceSpan) throws -> (DictionaryKey, Value?) {
        guard let first = args.first, first.label == nil,
              args.count == 1 || (args.count == 2 && args[1].label == "default") else {
            throw RuntimeError("a dictionary subscript takes a key and an optional 'default:' value", at: span)
        }
        guard let key = DictionaryKey(first.value) else {
            throw RuntimeError("dictionary keys must be Int, String, Double or Bool, not \(first.value.typeName)", at: first.span)
        }
        return (key, args.count == 2 ? args[1].value : nil)
    }

    func indexError(_ i: Int, _ count: Int, at span: SourceSpan) -> RuntimeError {
        RuntimeError("index \(i) is out of range for an array of \(count) element\(count == 1 ? "" : "s")", at: span)
    }

    /// Runs builtin code, giving its location-less errors the span of the call.
    func wrapBuiltinErrors<T>(_ span: SourceSpan, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as RuntimeError {
            throw e
        } catch let e as BuiltinError {
            throw RuntimeError(e.message, at: span, notes: e.notes)
        } catch {
            throw RuntimeError("\(error)", at: span)
        }
    }
}

/// The last lookup of one global name at one call site.
final class GlobalCache {
    var version = -1
    var binding: Binding?
    var builtin: Value?
    func lookup() -> Value? { binding?.value ?? builtin }
}
