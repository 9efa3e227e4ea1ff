// Storage access: reading properties and subscripts, and the modify accessors of lvalues
// (`a[i] += 1`, `p.x = 3`, `d[k, default: 0] += 1`, `xs.append(x)`, `inout`). A modify accessor
// moves the container out of its storage (leaving `.none` behind) while the body mutates it, so
// the container stays uniquely referenced and Swift's copy-on-write never copies.

import CellSyntax

extension Compiler {
    // MARK: Reading

    func property(_ base: TExpr?, _ v: VarSymbol, span: SourceSpan, type: SwiftType) -> Code {
        switch v.storage {
        case .field(let index):
            guard let base else { break }
            if let c = inPlaceField(base, index, type: type) { return c }
            let b = expr(base).value
            if base.type.symbol?.kind == .class || representation(base.type) == .object {
                return typed(type) { f in
                    guard case .object(let o) = try b(f) else {
                        preconditionFailure("interpreter bug: field of a non-object")
                    }
                    return o.fields[index]
                }
            }
            return typed(type) { f in try b(f).asRecord[index] }
        case .global(let box):
            return typed(type) { _ in box.value }
        case .computed(let getter, _):
            return call(
                getter, base: base, arguments: [],
                substitution: base.map { substitutionOf(concrete($0.type)) } ?? [:], span: span,
                resultType: type)
        case .host(let key):
            if v.requirementOf != nil, let base {
                return requiredProperty(v, base: base, span: span, type: type)
            }
            return hostProperty(key, v, base: base, span: span, type: type)
        case .local:
            break
        }
        return .value { [runtime] _ in
            throw runtime.trap("interpreter bug: property '\(v.name)' has no storage", span)
        }
    }

    /// A protocol's property requirement read on a concrete type (resolved now) or on an
    /// existential (resolved from the value's dynamic type when it runs).
    func requiredProperty(_ v: VarSymbol, base: TExpr, span: SourceSpan, type: SwiftType) -> Code {
        let baseType = concrete(base.type)
        if let s = baseType.symbol, s.kind != .protocol,
            case .variable(let own)? = s.members[v.name]?.first
        {
            return property(base, own, span: span, type: type)
        }
        let b = expr(base).value
        let runtime = self.runtime
        let name = v.name
        return typed(type) { [unowned self] f in
            var value = try b(f)
            var symbol: TypeSymbol? = nil
            switch value {
            case .existential(let box):
                value = box.value
                symbol = box.type.symbol
            default: break
            }
            if case .object(let o) = value { symbol = o.type.symbol }
            var t = symbol
            while let k = t {
                if case .variable(let own)? = k.members[name]?.first {
                    switch own.storage {
                    case .field(let i):
                        if case .object(let o) = value { return o.fields[i] }
                        return value.asRecord[i]
                    case .computed(let getter, _):
                        let code = self.functionCode(getter, substitution: [:])
                        let frame = runtime.frames.push(max(code.slotCount, 1))
                        defer { runtime.frames.pop(frame) }
                        frame[0] = value
                        return try runtime.invoke(code, frame, at: span)
                    default: break
                    }
                }
                t = k.superclass
            }
            throw runtime.trap("interpreter bug: no property '\(name)' at run time", span)
        }
    }

    // MARK: Modify accessors

    func lvalue(_ e: TExpr) -> ModifyCode {
        switch e.kind {
        case .variable(let v, let slot):
            switch v.storage {
            case .global(let box):
                return { _, body in try body(&box.value) }
            case .local:
                if v.isCaptured {
                    return { f, body in
                        if case .box(let b) = f[slot] { try body(&b.value) } else { try body(&f.slots[slot]) }
                    }
                }
                return { f, body in try body(&f.slots[slot]) }
            default: break
            }
        case .selfValue(let slot):
            return { f, body in
                if case .box(let b) = f[slot] { try body(&b.value) } else { try body(&f.slots[slot]) }
            }
        case .property(let base, let v):
            switch v.storage {
            case .field(let index):
                guard let base else { break }
                if base.type.symbol?.kind == .class || representation(base.type) == .object {
                    let b = expr(base).value
                    return { f, body in
                        guard case .object(let o) = try b(f) else {
                            preconditionFailure("interpreter bug: field of a non-object")
                        }
                        try body(&o.fields[index])
                    }
                }
                let baseModify = lvalue(base)
                return { f, body in
                    try baseModify(f) { bv in
                        guard case .record(var fields) = bv else {
                            preconditionFailure("interpreter bug: field of a non-record")
                        }
                        bv = .none
                        defer { bv = .record(fields) }
                        try body(&fields[index])
                    }
                }
            case .global(let box):
                return { _, body in try body(&box.value) }
            case .computed(let getter, let setter?):
                let get = property(base, v, span: e.span, type: e.type).value
                let s = base.map { substitutionOf(concrete($0.type)) } ?? [:]
                let newValue = VarSymbol(
                    name: "$newValue", type: v.type, isLet: true, storage: .global(Box(.none)))
                guard case .global(let holder) = newValue.storage else { break }
                let set = call(
                    setter, base: base, arguments: [TExpr(.variable(newValue, slot: -1), v.type, e.span)],
                    substitution: s,
                    span: e.span, resultType: .void
                ).value
                return { f, body in
                    var value = try get(f)
                    try body(&value)
                    holder.value = value
                    _ = try set(f)
                }
            case .host(let key):
                // A library module's settable property: its getter, then `key.set` with the new value.
                guard let base, let setter = runtime.hostFunctions[key + ".set"] else { break }
                return hostModify(
                    get: property(base, v, span: e.span, type: e.type).value, setter: setter, base: base,
                    arguments: [], span: e.span)
            default: break
            }
        case .subscript(let base, let fn, let args):
            if let key = fn.host, let setter = runtime.hostFunctions[key + ".set"] {
                return hostModify(
                    get: subscriptGet(base, fn, args, span: e.span, type: fn.result).value, setter: setter,
                    base: base, arguments: args, span: e.span)
            }
            return subscriptModify(base, fn, args, span: e.span)
        case .tupleElement(let base, let index):
            let baseModify = lvalue(base)
            return { f, body in
                try baseModify(f) { bv in
                    guard case .record(var fields) = bv else {
                        preconditionFailure("interpreter bug: element of a non-tuple")
                    }
                    bv = .none
                    defer { bv = .record(fields) }
                    try body(&fields[index])
                }
            }
        case .forceUnwrap(let base):
            let baseModify = lvalue(base)
            let span = e.span
            return { [runtime] f, body in
                try baseModify(f) { v in
                    if case .null(0) = v {
                        throw runtime.trap(
                            "Fatal error: Unexpectedly found nil while unwrapping an Optional value", span)
                    }
                    try body(&v)
                }
            }
        case .inoutArgument(let inner):
            return lvalue(inner)
        case .upcast(let inner):
            return lvalue(inner)
        default:
            break
        }
        // Not storage: a temporary (mutating a call's result, which Swift rejects earlier).
        let c = expr(e).value
        return { f, body in
            var v = try c(f)
            try body(&v)
        }
    }

    // MARK: Assignment

    func assign(_ target: TExpr, _ value: TExpr) -> Code {
        if let c = inPlaceElementAssign(target, value) { return c }
        if let c = inPlaceFieldAssign(target, value) { return c }
        let c = expr(value).value
        if case .tuple(let targets) = target.kind {
            let modifies: [ModifyCode?] = targets.map { t in
                if case .discardValue = t.kind { return nil }
                return lvalue(t)
            }
            return .value { f in
                let values = try c(f).asRecord
                for (i, m) in modifies.enumerated() { try m?(f) { $0 = values[i] } }
                return .void
            }
        }
        if case .variable(let v, let slot) = target.kind, case .local = v.storage, !v.isCaptured {
            switch expr(value) {
            case .int(let ci):
                return .value { f in
                    f.slots[slot] = .int(try ci(f))
                    return .void
                }
            case .double(let cd):
                return .value { f in
                    f.slots[slot] = .double(try cd(f))
                    return .void
                }
            default:
                return .value { f in
                    f.slots[slot] = try c(f)
                    return .void
                }
            }
        }
        if case .variable(let v, _) = target.kind, case .global(let box) = v.storage {
            switch expr(value) {
            case .int(let ci):
                return .value { f in
                    box.value = .int(try ci(f))
                    return .void
                }
            case .double(let cd):
                return .value { f in
                    box.value = .double(try cd(f))
                    return .void
                }
            default:
                return .value { f in
                    box.value = try c(f)
                    return .void
                }
            }
        }
        if let set = hostAssignment(target, value) { return set }
        let modify = lvalue(target)
        return .value { f in
            let v = try c(f)
            try modify(f) { $0 = v }
            return .void
        }
    }

    /// `target op= value`: the library's numeric, string and array operators in place; a cell's
    /// own operator through an ordinary inout call.
    func compoundAssign(_ fn: FuncSymbol, _ target: TExpr, _ value: TExpr, span: SourceSpan) -> Code {
        let key = fn.host ?? ""
        let rep = representation(target.type)
        let runtime = self.runtime
        if rep == .int, let op = intCompound(key, span: span) {
            let c = expr(value).int
            if case .variable(let v, let slot) = target.kind, case .local = v.storage, !v.isCaptured {
                if let k = intConstant(value) {
                    return .value { f in
                        let p = f.slots
                        p[slot] = .int(try op(p[slot].asInt, k))
                        return .void
                    }
                }
                return .value { f in
                    let r = try c(f)
                    let p = f.slots
                    p[slot] = .int(try op(p[slot].asInt, r))
                    return .void
                }
            }
            if case .variable(let v, _) = target.kind, case .global(let box) = v.storage {
                return .value { f in
                    let r = try c(f)
                    box.value = .int(try op(box.value.asInt, r))
                    return .void
                }
            }
            if let code = inPlaceDictionaryCompound(target, op, c) { return code }
            if let code = inPlaceFieldCompound(target, op, c) { return code }
            let modify = lvalue(target)
            return .value { f in
                let r = try c(f)
                try modify(f) { v in v = .int(try op(v.asInt, r)) }
                return .void
            }
        }
        if rep == .double, let op = doubleCompound(key) {
            let c = expr(value).double
            if case .variable(let v, let slot) = target.kind, case .local = v.storage, !v.isCaptured {
                return .value { f in
                    let r = try c(f)
                    let p = f.slots
                    p[slot] = .double(op(p[slot].asDouble, r))
                    return .void
                }
            }
            let modify = lvalue(target)
            return .value { f in
                let r = try c(f)
                try modify(f) { v in v = .double(op(v.asDouble, r)) }
                return .void
            }
        }
        if rep == .string, key.hasPrefix("String.+=") {
            let c = expr(value).value
            let modify = lvalue(target)
            return .value { f in
                let r = try c(f).asString
                try modify(f) { v in
                    guard case .string(var s) = v else { return }
                    v = .none
                    s += r
                    v = .string(s)
                }
                return .void
            }
        }
        if rep == .array, key.hasPrefix("Array.+=") {
            let c = expr(value).value
            let modify = lvalue(target)
            return .value { f in
                let r = try c(f).asArray
                try modify(f) { v in
                    guard case .array(var a) = v else { return }
                    v = .none
                    a += r
                    v = .array(a)
                }
                return .void
            }
        }
        if rep == .float, fn.host != nil {
            let c = expr(value).value
            let modify = lvalue(target)
            let name = fn.name
            return .value { f in
                guard case .float(let r) = try c(f) else { return .void }
                try modify(f) { v in
                    guard case .float(let l) = v else { return }
                    switch name {
                    case "+=": v = .float(l + r)
                    case "-=": v = .float(l - r)
                    case "*=": v = .float(l * r)
                    default: v = .float(l / r)
                    }
                }
                return .void
            }
        }
        // A cell's own `static func += (lhs: inout T, rhs: T)`.
        let inoutTarget = TExpr(.inoutArgument(target), target.type, target.span)
        let c = call(
            fn, base: nil, arguments: [inoutTarget, value], substitution: [:], span: span,
            resultType: .void
        ).value
        _ = runtime
        return .value { f in
            _ = try c(f)
            return .void
        }
    }

    func intCompound(_ key: String, span: SourceSpan) -> ((Int, Int) throws -> Int)? {
        let runtime = self.runtime
        switch key {
        case "Int.+=(inout Int,Int)":
            return { a, b in
                let (r, o) = a.addingReportingOverflow(b)
                if o { throw runtime.trap("Swift runtime failure: arithmetic overflow", span) }
                return r
            }
        case "Int.-=(inout Int,Int)":
            return { a, b in
                let (r, o) = a.subtractingReportingOverflow(b)
                if o { throw runtime.trap("Swift runtime failure: arithmetic overflow", span) }
                return r
            }
        case "Int.*=(inout Int,Int)":
            return { a, b in
                let (r, o) = a.multipliedReportingOverflow(by: b)
                if o { throw runtime.trap("Swift runtime failure: arithmetic overflow", span) }
                return r
            }
        case "Int./=(inout Int,Int)":
            return { a, b in
                if b == 0 { throw runtime.trap("Fatal error: Division by zero", span) }
                let (r, o) = a.dividedReportingOverflow(by: b)
                if o { throw runtime.trap("Swift runtime failure: arithmetic overflow", span) }
                return r
            }
        case "Int.%=(inout Int,Int)":
            return { a, b in
                if b == 0 {
                    throw runtime.trap("Fatal error: Division by zero in remainder operation", span)
                }
                let (r, o) = a.remainderReportingOverflow(dividingBy: b)
                if o { throw runtime.trap("Swift runtime failure: arithmetic overflow", span) }
                return r
            }
        case "Int.&=(inout Int,Int)": return { $0 & $1 }
        case "Int.|=(inout Int,Int)": return { $0 | $1 }
        case "Int.^=(inout Int,Int)": return { $0 ^ $1 }
        case "Int.<<=(inout Int,Int)": return { $0 << $1 }
        case "Int.>>=(inout Int,Int)": return { $0 >> $1 }
        default: return fixedIntegerCompound(key, span: span)
        }
    }

    func doubleCompound(_ key: String) -> ((Double, Double) -> Double)? {
        switch key {
        case "Double.+=(inout Double,Double)": return { $0 + $1 }
        case "Double.-=(inout Double,Double)": return { $0 - $1 }
        case "Double.*=(inout Double,Double)": return { $0 * $1 }
        case "Double./=(inout Double,Double)": return { $0 / $1 }
        default: return nil
        }
    }
}
