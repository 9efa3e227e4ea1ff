// The compiler: typed tree → closures (docs/interpreter.md, "Values and the compiler").
// Expressions here; statements, lvalues and calls in their own files; the library's host
// implementations in Intrinsics.swift.
//
// Generic functions are compiled once per substitution (`subst` holds the current one), so a
// protocol requirement called on `T` resolves at compile time to the concrete type's witness.

import CellSyntax

final class Compiler {
    let runtime: Runtime
    let env: Environment
    /// The generic substitution of the function being compiled.
    var subst: Substitution = [:]
    /// Function codes whose compilation has started (recursion reuses the same code object).
    var started = Set<ObjectIdentifier>()
    /// The run-time classes (vtables) of the session's classes.
    var classRuntimes: [ObjectIdentifier: ClassRuntime] = [:]

    init(runtime: Runtime, env: Environment) {
        self.runtime = runtime
        self.env = env
    }

    /// A type with the current substitution applied.
    func concrete(_ t: SwiftType) -> SwiftType { t.substituting(subst).resolved }

    func representation(_ t: SwiftType) -> Representation? { concrete(t).symbol?.representation }

    func expr(_ e: TExpr) -> Code {
        let span = e.span
        switch e.kind {
        case .integerLiteral(let text, let negative):
            return literal(integer: text, negative: negative, type: e.type)
        case .floatLiteral(let text, let negative):
            let v = (Double(text) ?? 0) * (negative ? -1 : 1)
            if representation(e.type) == .float {
                let f = Float(negative ? "-" + text : text) ?? Float(v)
                return .value { _ in .float(f) }
            }
            return .double { _ in v }
        case .stringLiteral(let s):
            if representation(e.type) == .character, let c = s.first {
                return .value { _ in .character(c) }
            }
            return .value { _ in .string(s) }
        case .booleanLiteral(let b):
            return .bool { _ in b }
        case .nilLiteral:
            return .value { _ in .none }
        case .interpolation(let parts):
            return interpolation(parts)
        case .variable(let v, let slot):
            return variable(v, slot: slot, type: e.type, span: e.span)
        case .selfValue(let slot):
            // `self` may be a captured box (in a method whose closures use it, or inside one).
            if selfVariable(slot: slot)?.isCaptured ?? true {
                return .value { f in
                    if case .box(let b) = f[slot] { return b.value }
                    return f[slot]
                }
            }
            return .value { f in f[slot] }
        case .functionReference(let fn, let s):
            let code = functionValue(fn, substitution: compose(s))
            return .value { _ in code }
        case .methodReference(let fn, let base, let s):
            return methodValue(fn, base: base, substitution: compose(s), span: span)
        case .call(let fn, let base, let args, let s):
            return call(
                fn, base: base, arguments: args, substitution: compose(s), span: span, resultType: e.type)
        case .superCall(let fn, let base, let args):
            return superCall(fn, base: base, arguments: args, span: span)
        case .virtualCall(let fn, let base, let args):
            return call(
                fn, base: base, arguments: args, substitution: [:], span: span, resultType: e.type)
        case .deferredOperator(let candidates, let args):
            let argType = concrete(args[0].type)
            guard let fn = candidates.first(where: { sameType($0.parameters[0].type, argType) }) else {
                return .value { [runtime] _ in throw runtime.trap("no operator for type '\(argType)'", span)
                }
            }
            return call(fn, base: nil, arguments: args, substitution: [:], span: span, resultType: e.type)
        case .callValue(let callee, let args):
            return callValue(callee, args, span: span)
        case .property(let base, let v):
            return property(base, v, span: span, type: e.type)
        case .tupleElement(let base, let index):
            if let c = inPlaceField(base, index, type: e.type) { return c }
            let b = expr(base).value
            return typed(e.type) { f in try b(f).asRecord[index] }
        case .tuple(let elements):
            let codes = elements.map { expr($0).value }
            return .value { f in
                var values: [Value] = []
                values.reserveCapacity(codes.count)
                for c in codes { values.append(try c(f)) }
                return .record(values)
            }
        case .array(let elements):
            let codes = elements.map { expr($0).value }
            return .value { f in
                var values: [Value] = []
                values.reserveCapacity(codes.count)
                for c in codes { values.append(try c(f)) }
                return .array(values)
            }
        case .dictionary(let entries):
            let codes = entries.map { (expr($0.0).value, expr($0.1).value) }
            return .value { f in
                var d: [Value: Value] = [:]
                for (k, v) in codes { d[try k(f)] = try v(f) }
                return .dictionary(d)
            }
        case .setLiteral(let array):
            let c = expr(array).value
            return .value { f in .set(Set(try c(f).asArray)) }
        case .closure(let info):
            return closure(info)
        case .assign(let target, let value):
            return assign(target, value)
        case .compoundAssign(let fn, let target, let value):
            return compoundAssign(fn, target, value, span: span)
        case .discardValue(let inner):
            let c = expr(inner).value
            return .value { f in
                _ = try c(f)
                return .void
            }
        case .injectIntoOptional(let inner):
            let c = expr(inner).value
            if concrete(inner.type).optionalWrapped != nil {
                return .value { f in
                    let v = try c(f)
                    if case .null(let n) = v { return .null(n + 1) }
                    return v
                }
            }
            return .value(c)
        case .toExistential(let inner):
            let c = expr(inner).value
            let t = concrete(inner.type)
            if case .existential = t { return .value(c) }
            return .value { f in .existential(ExistentialBox(value: try c(f), type: t)) }
        case .upcast(let inner):
            return expr(inner)
        case .forceUnwrap(let inner):
            let c = expr(inner).value
            return typed(e.type) { [runtime] f in
                let v = try c(f)
                if case .null(let n) = v {
                    if n == 0 {
                        throw runtime.trap(
                            "Fatal error: Unexpectedly found nil while unwrapping an Optional value", span)
                    }
                    return .null(n - 1)
                }
                return v
            }
        case .bindOptional(let inner, let depth):
            let c = expr(inner).value
            return typed(e.type) { f in
                let v = try c(f)
                if case .null(let n) = v {
                    if n == 0 { throw OptionalChainExit(depth: depth) }
                    return .null(n - 1)
                }
                return v
            }
        case .optionalEvaluation(let inner, let depth):
            let c = expr(inner).value
            return .value { f in
                do { return try c(f) } catch let exit as OptionalChainExit where exit.depth == depth {
                    return .none
                }
            }
        case .nilCoalescing(let a, let b):
            let ca = expr(a).value
            let cb = expr(b).value
            let resultIsOptional = concrete(e.type).optionalWrapped != nil
            return typed(e.type) { f in
                let v = try ca(f)
                if case .null(let n) = v {
                    if n == 0 { return try cb(f) }
                    return resultIsOptional ? .null(n - 1) : .null(n - 1)
                }
                return v
            }
        case .ternary(let c, let a, let b):
            let cc = expr(c).bool
            switch (expr(a), expr(b)) {
            case (.int(let x), .int(let y)): return .int { f in try cc(f) ? try x(f) : try y(f) }
            case (.double(let x), .double(let y)): return .double { f in try cc(f) ? try x(f) : try y(f) }
            case (let x, let y):
                let vx = x.value
                let vy = y.value
                return typed(e.type) { f in try cc(f) ? try vx(f) : try vy(f) }
            }
        case .and(let a, let b):
            let ca = expr(a).bool
            let cb = expr(b).bool
            return .bool { f in try ca(f) && cb(f) }
        case .or(let a, let b):
            let ca = expr(a).bool
            let cb = expr(b).bool
            return .bool { f in try ca(f) || cb(f) }
        case .enumCase(let c, let payload):
            let index = c.index
            if payload.isEmpty { return .value { _ in .enumCase(index, []) } }
            let codes = payload.map { expr($0).value }
            return .value { f in
                var values: [Value] = []
                values.reserveCapacity(codes.count)
                for c in codes { values.append(try c(f)) }
                return .enumCase(index, values)
            }
        case .subscript(let base, let fn, let args):
            return subscriptGet(base, fn, args, span: span, type: e.type)
        case .inoutArgument(let inner):
            return expr(inner)
        case .memberwiseInit:
            return .value { [runtime] _ in
                throw runtime.trap("memberwise initializer node is not compiled directly", span)
            }
        case .tryExpr(let kind, let inner):
            let c = expr(inner)
            switch kind {
            case .plain: return c
            case .optional:
                let v = c.value
                return .value { f in
                    do { return try v(f) } catch is ThrownError { return .none }
                }
            case .forced:
                let v = c.value
                return typed(e.type) { [runtime] f in
                    do { return try v(f) } catch let error as ThrownError {
                        let text = try runtime.describe(error.value, .existential([]), debug: true)
                        throw runtime.trap(
                            "Fatal error: 'try!' expression unexpectedly raised an error: \(text)", span)
                    }
                }
            }
        case .typeCheck(let inner, let target):
            let c = expr(inner).value
            let t = concrete(target)
            return .bool { [unowned self] f in self.dynamicCast(try c(f), to: t) != nil }
        case .conditionalCast(let inner, let target, let forced):
            let c = expr(inner).value
            let t = concrete(target)
            let from = concrete(inner.type)
            return typed(e.type) { [unowned self] f in
                let v = try c(f)
                if let cast = self.dynamicCast(v, to: t) { return cast }
                if forced {
                    let dyn: String
                    if case .existential(let box) = v {
                        dyn = box.type.description
                    } else {
                        dyn = from.description
                    }
                    throw self.runtime.trap(
                        "Fatal error: Could not cast value of type 'main.\(dyn)' to 'main.\(t)'", span)
                }
                return .none
            }
        case .defaultArgument(let d):
            return expr(d)
        case .typeValue:
            return .value { _ in .void }
        case .statementExpression:
            return .value { [runtime] _ in
                throw runtime.trap("if/switch expressions are not supported yet", span)
            }
        case .error:
            return .value { [runtime] _ in
                throw runtime.trap("interpreter bug: compiled an erroneous expression", span)
            }
        }
    }

    /// Code of a `Value`-returning closure, narrowed to the static type's unboxed form.
    func typed(_ type: SwiftType, _ body: @escaping ValueCode) -> Code {
        switch representation(type) {
        case .int: return .int { try body($0).asInt }
        case .double: return .double { try body($0).asDouble }
        case .bool: return .bool { try body($0).asBool }
        default: return .value(body)
        }
    }

    func literal(integer text: String, negative: Bool, type: SwiftType) -> Code {
        var digits = Substring(text)
        var radix = 10
        if digits.hasPrefix("0x") {
            radix = 16
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0b") {
            radix = 2
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0o") {
            radix = 8
            digits = digits.dropFirst(2)
        }
        let magnitude = UInt64(digits, radix: radix) ?? 0
        switch representation(type) {
        case .double:
            let v = Double(magnitude) * (negative ? -1 : 1)
            return .double { _ in v }
        case .float:
            let v = Float(magnitude) * (negative ? -1 : 1)
            return .value { _ in .float(v) }
        default:
            let v =
                negative ? Int(truncatingIfNeeded: 0 &- magnitude) : Int(truncatingIfNeeded: magnitude)
            return .int { _ in v }
        }
    }

    /// The constant value of an integer literal expression, if it is one.
    func intConstant(_ e: TExpr) -> Int? {
        if case .integerLiteral(let text, let negative) = e.kind, representation(e.type) == .int,
            let v = Int(text)
        {
            return negative ? -v : v
        }
        return nil
    }

    func interpolation(_ parts: [InterpolationPart]) -> Code {
        var pieces: [(Frame, inout String) throws -> Void] = []
        for part in parts {
            switch part {
            case .literal(let s):
                if !s.isEmpty { pieces.append { _, out in out += s } }
            case .value(let e):
                let t = concrete(e.type)
                switch expr(e) {
                case .int(let c) where t.symbol?.representation == .int && !NumberTypes.isUnsigned64(t.symbol?.name ?? ""):
                    pieces.append { f, out in out += String(try c(f)) }
                case .double(let c): pieces.append { f, out in out += try c(f).description }
                case let code:
                    let c = code.value
                    if t.symbol?.representation == .string {
                        pieces.append { f, out in out += try c(f).asString }
                    } else {
                        pieces.append { [runtime] f, out in
                            try runtime.describe(try c(f), t, debug: false, into: &out)
                        }
                    }
                }
            }
        }
        return .value { f in
            var out = ""
            for p in pieces { try p(f, &out) }
            return .string(out)
        }
    }

    func selfVariable(slot: Int) -> VarSymbol? {
        currentContext?.selfVariable.flatMap { $0.storage.slot == slot ? $0 : nil }
    }

    /// Reading a variable.
    func variable(_ v: VarSymbol, slot: Int, type: SwiftType, span: SourceSpan) -> Code {
        switch v.storage {
        case .global(let box):
            // A global whose cell stopped before initialising it (a trap earlier in that cell, or
            // type errors) holds no value: reading it stops this cell instead of the process.
            let runtime = self.runtime
            func uninitialized() -> RuntimeTrap {
                runtime.trap("'\(v.name)' has no value: the cell that declares it stopped before initialising it", span)
            }
            switch representation(type) {
            case .int: return .int { _ in
                    if case .int(let x) = box.value { return x }
                    throw uninitialized()
                }
            case .double: return .double { _ in
                    if case .double(let x) = box.value { return x }
                    throw uninitialized()
                }
            case .bool: return .bool { _ in
                    if case .bool(let x) = box.value { return x }
                    throw uninitialized()
                }
            default:
                if type.optionalWrapped != nil { return .value { _ in box.value } }
                return .value { _ in
                    let x = box.value
                    if case .null(0) = x { throw uninitialized() }
                    return x
                }
            }
        case .local:
            if v.isCaptured || isCapturedHere(slot) {
                return typed(type) { f in
                    if case .box(let b) = f[slot] { return b.value }
                    return f[slot]
                }
            }
            switch representation(type) {
            case .int: return .int { f in f.slots[slot].asInt }
            case .double: return .double { f in f.slots[slot].asDouble }
            case .bool: return .bool { f in f.slots[slot].asBool }
            default: return .value { f in f.slots[slot] }
            }
        default:
            return .value { [runtime] _ in
                throw runtime.trap("interpreter bug: variable '\(v.name)' has no storage", .unknown)
            }
        }
    }

    /// Whether a slot of the current frame holds a captured box.
    func isCapturedHere(_ slot: Int) -> Bool {
        currentContext?.captures.contains { $0.slot == slot } ?? false
    }

    var currentContext: FunctionContext?
    /// The session's number of the cell whose code is being compiled (FunctionCode.cell).
    var currentCell = 0

    /// Composes a use-site substitution with the current one (generic code calling generic code).
    func compose(_ s: Substitution) -> Substitution {
        if subst.isEmpty { return s.mapValues { $0.resolved } }
        return s.mapValues { $0.substituting(subst).resolved }
    }

    /// `x is T` / `x as? T` at run time: through existentials (their dynamic type) and classes.
    func dynamicCast(_ v: Value, to t: SwiftType) -> Value? {
        var value = v
        var dynamicType: SwiftType? = nil
        if case .existential(let box) = v {
            value = box.value
            dynamicType = box.type
        }
        if case .existential(let ps) = t {
            if ps.isEmpty { return v }
            if let d = dynamicType, let s = d.symbol, ps.allSatisfy({ s.conforms(to: $0) }) { return v }
            if case .object(let o) = value, ps.allSatisfy({ o.type.symbol.conforms(to: $0) }) { return v }
            return nil
        }
        if case .object(let o) = value, let target = t.symbol, target.kind == .class {
            return o.type.symbol.isSubclass(of: target) ? value : nil
        }
        if let d = dynamicType { return sameType(d, t) ? value : nil }
        return nil
    }
}

extension Storage {
    var slot: Int? {
        if case .local(let s) = self { return s }
        return nil
    }
}
