// Calls: functions of a cell (a fresh frame, arguments written into its first slots), methods
// (`self` in slot 0; mutating ones write `self` back through the base's modify accessor),
// initializers, class methods through the vtable, function values, and the library's host
// implementations (Intrinsics.swift). Protocol requirements resolve to the concrete witness.

import CellSyntax

extension Compiler {
    func call(
        _ fn: FuncSymbol, base: TExpr?, arguments: [TExpr], substitution s: Substitution,
        span: SourceSpan, resultType: SwiftType
    ) -> Code {
        // A protocol requirement: the concrete type's implementation (or the synthesised one).
        // Only requirements (no body) are looked up in the concrete type; a protocol extension's
        // method is called as it is, with `Self` bound.
        if let owner = fn.owner, owner.kind == .protocol, fn.declaration == nil, fn.body == nil, let selfParam = owner.selfParameter,
            let selfType = s[ObjectIdentifier(selfParam)]
        {
            let concreteSelf = selfType.substituting(subst).resolved
            if let witness = self.witness(for: fn, in: concreteSelf) {
                var ws = s
                for (g, a) in zip(witness.owner?.genericParameters ?? [], concreteSelf.genericArguments) {
                    ws[ObjectIdentifier(g)] = a
                }
                return call(
                    witness, base: base, arguments: arguments, substitution: ws, span: span,
                    resultType: resultType)
            }
            if case .existential = concreteSelf, let base {
                return existentialCall(
                    fn, base: base, arguments: arguments, span: span, resultType: resultType)
            }
            if fn.body == nil && fn.declaration == nil,
                let synthesized = synthesizedRequirement(fn, concreteSelf, arguments, span: span)
            {
                return synthesized
            }
        }
        if let host = fn.host {
            return intrinsic(
                host, fn, base: base, arguments: arguments, substitution: s, span: span,
                resultType: resultType)
        }
        if fn.kind == .initializer, let owner = fn.owner {
            // The type constructed may be a subclass that inherited this initializer.
            var constructed = owner
            if let r = concrete(resultType).symbol, r.kind == .class { constructed = r }
            return initializerCall(fn, constructed, arguments: arguments, substitution: s, span: span)
        }
        let code = functionCode(fn, substitution: s)
        let slotCount = max(fn.context?.slotCount ?? 0, arguments.count + 1)
        var argCodes: [ValueCode] = []
        var inouts: [(index: Int, modify: ModifyCode)] = []
        let firstArgSlot = fn.context?.selfVariable == nil ? 0 : 1
        for (i, a) in arguments.enumerated() {
            if case .inoutArgument(let target) = a.kind {
                inouts.append((i + firstArgSlot, lvalue(target)))
                argCodes.append { _ in .none }
            } else {
                argCodes.append(expr(a).value)
            }
        }
        let runtime = self.runtime
        // The base: `self` for methods.
        var selfCode: ValueCode? = nil
        var selfModify: ModifyCode? = nil
        if let base, !fn.isStatic, fn.owner != nil {
            if fn.isMutating && base.type.symbol?.kind != .class {
                selfModify = lvalue(base)
            } else {
                selfCode = expr(base).value
            }
        }
        // Dynamic dispatch for overridable class methods.
        if let slot = fn.vtableSlot, let owner = fn.owner, !owner.isFinal, let selfCode {
            let n = argCodes.count
            return typed(resultType) { f in
                let receiver = try selfCode(f)
                guard case .object(let o) = receiver else {
                    // A global declared by a cell that then failed to check or run has no object.
                    throw runtime.trap("'\(fn.name)' called on a value that was never initialized (its cell failed)", span)
                }
                let target = o.type.vtable[slot]
                let callee = runtime.frames.push(target.slotCount)
                defer { runtime.frames.pop(callee) }
                let p = callee.slots
                p[0] = receiver
                for i in 0..<n { p[i + 1] = try argCodes[i](f) }
                return try runtime.invoke(target, callee, at: span)
            }
        }
        let invoke: (Frame, Frame) throws -> Value
        if inouts.isEmpty {
            invoke = { _, callee in try runtime.invoke(code, callee, at: span) }
        } else {
            invoke = { f, callee in
                var result = Value.void
                // Copy in, run, copy out, for each inout argument (nested modify accessors).
                func run(_ k: Int) throws {
                    if k == inouts.count {
                        result = try runtime.invoke(code, callee, at: span)
                        return
                    }
                    try inouts[k].modify(f) { v in
                        callee[inouts[k].index] = v
                        v = .none
                        try run(k + 1)
                        v = callee[inouts[k].index]
                    }
                }
                try run(0)
                return result
            }
        }
        if let selfModify {
            return typed(resultType) { f in
                let callee = runtime.frames.push(slotCount)
                defer { runtime.frames.pop(callee) }
                let p = callee.slots
                for i in 0..<argCodes.count { p[i + 1] = try argCodes[i](f) }
                var result = Value.void
                try selfModify(f) { v in
                    callee[0] = v
                    v = .none
                    defer { v = callee[0] }
                    result = try invoke(f, callee)
                }
                return result
            }
        }
        if let selfCode {
            if inouts.isEmpty && arguments.count == 0 {
                return typed(resultType) { f in
                    let callee = runtime.frames.push(slotCount)
                    defer { runtime.frames.pop(callee) }
                    callee.slots[0] = try selfCode(f)
                    return try runtime.invoke(code, callee, at: span)
                }
            }
            if inouts.isEmpty && arguments.count == 1 {
                // Method calls with one argument, without arrays of closures.
                let a0 = expr(arguments[0]).value
                return typed(resultType) { f in
                    let callee = runtime.frames.push(slotCount)
                    defer { runtime.frames.pop(callee) }
                    let p = callee.slots
                    p[0] = try selfCode(f)
                    p[1] = try a0(f)
                    return try runtime.invoke(code, callee, at: span)
                }
            }
            return typed(resultType) { f in
                let callee = runtime.frames.push(slotCount)
                defer { runtime.frames.pop(callee) }
                let p = callee.slots
                p[0] = try selfCode(f)
                for i in 0..<argCodes.count { p[i + 1] = try argCodes[i](f) }
                return try invoke(f, callee)
            }
        }
        switch argCodes.count {
        case 0:
            return typed(resultType) { f in
                let callee = runtime.frames.push(slotCount)
                defer { runtime.frames.pop(callee) }
                return try invoke(f, callee)
            }
        case 1 where inouts.isEmpty:
            let argument = expr(arguments[0])
            // The hot path of recursive functions: one Int argument, Int result.
            if case .int(let ai) = argument, representation(resultType) == .int {
                return .int { f in
                    let x = try ai(f)
                    let callee = runtime.frames.push(slotCount)
                    defer { runtime.frames.pop(callee) }
                    callee.slots[0] = .int(x)
                    return try runtime.invoke(code, callee, at: span).asInt
                }
            }
            let a0 = argument.value
            return typed(resultType) { f in
                let callee = runtime.frames.push(slotCount)
                defer { runtime.frames.pop(callee) }
                callee.slots[0] = try a0(f)
                return try runtime.invoke(code, callee, at: span)
            }
        case 2 where inouts.isEmpty:
            let a0 = expr(arguments[0]).value
            let a1 = expr(arguments[1]).value
            return typed(resultType) { f in
                let callee = runtime.frames.push(slotCount)
                defer { runtime.frames.pop(callee) }
                let p = callee.slots
                p[0] = try a0(f)
                p[1] = try a1(f)
                return try runtime.invoke(code, callee, at: span)
            }
        default:
            return typed(resultType) { f in
                let callee = runtime.frames.push(slotCount)
                defer { runtime.frames.pop(callee) }
                let p = callee.slots
                for i in 0..<argCodes.count { p[i] = try argCodes[i](f) }
                return try invoke(f, callee)
            }
        }
    }

    /// A requirement called on an existential (`any P`, `[Shape]`): the witness of the value's
    /// dynamic type, found (and compiled) on first use per type.
    func existentialCall(
        _ fn: FuncSymbol, base: TExpr, arguments: [TExpr], span: SourceSpan, resultType: SwiftType
    ) -> Code {
        let selfCode = expr(base).value
        let argCodes = arguments.map { expr($0).value }
        let runtime = self.runtime
        var cache: [String: FunctionCode] = [:]
        return typed(resultType) { [unowned self] f in
            let receiver = try selfCode(f)
            var value = receiver
            var dynamicType: SwiftType
            switch receiver {
            case .existential(let box):
                value = box.value
                dynamicType = box.type
            case .object(let o):
                dynamicType = o.type.symbol.declaredType
            default:
                throw runtime.trap("interpreter bug: existential call on a plain value", span)
            }
            if case .object(let o) = value { dynamicType = o.type.symbol.declaredType }
            let key = typeKey(dynamicType)
            let code: FunctionCode
            if let c = cache[key] {
                code = c
            } else {
                guard let witness = self.witness(for: fn, in: dynamicType) else {
                    throw runtime.trap(
                        "interpreter bug: no witness for '\(fn.name)' in '\(dynamicType)'", span)
                }
                var ws = self.substitutionOf(dynamicType)
                if let owner = witness.owner, owner.kind == .protocol, let sp = owner.selfParameter {
                    ws[ObjectIdentifier(sp)] = dynamicType
                }
                code = self.functionCode(witness, substitution: ws)
                cache[key] = code
            }
            let callee = runtime.frames.push(max(code.slotCount, argCodes.count + 1))
            defer { runtime.frames.pop(callee) }
            let p = callee.slots
            p[0] = value
            for i in 0..<argCodes.count { p[i + 1] = try argCodes[i](f) }
            return try runtime.invoke(code, callee, at: span)
        }
    }

    /// The implementation of a protocol requirement in a concrete type (or its superclasses).
    func witness(for requirement: FuncSymbol, in type: SwiftType) -> FuncSymbol? {
        guard let s = type.symbol else { return nil }
        var t: TypeSymbol? = s
        while let k = t {
            for case .function(let f) in k.members[requirement.name] ?? []
            where f.parameters.count == requirement.parameters.count && f.isStatic == requirement.isStatic {
                if f.owner?.kind == .protocol { continue }
                if isOperatorName(requirement.name) {
                    // Operators: the overload whose first parameter is the concrete type.
                    if let p = f.parameters.first, !sameType(p.type.substituting(substitutionOf(type)), type) {
                        continue
                    }
                }
                return f
            }
            t = k.superclass
        }
        // A default implementation in a protocol extension.
        for p in s.conformances {
            for case .function(let f) in p.members[requirement.name] ?? []
            where f.declaration != nil && f !== requirement {
                return f
            }
        }
        return nil
    }

    func substitutionOf(_ t: SwiftType) -> Substitution {
        var s: Substitution = [:]
        if case .nominal(let sym, let args) = t.resolved {
            for (g, a) in zip(sym.genericParameters, args) { s[ObjectIdentifier(g)] = a }
        }
        return s
    }

    func isOperatorName(_ name: String) -> Bool {
        guard let c = name.unicodeScalars.first else { return false }
        return !(c.properties.isAlphabetic || c == "_")
    }

    /// `==`, `!=`, `<` for types whose conformance Swift synthesises (enums without payloads,
    /// structs and enums declared Equatable/Hashable): structural comparison.
    func synthesizedRequirement(
        _ fn: FuncSymbol, _ type: SwiftType, _ arguments: [TExpr], span: SourceSpan
    ) -> Code? {
        guard arguments.count == 2 else { return nil }
        let a = expr(arguments[0]).value
        let b = expr(arguments[1]).value
        switch fn.name {
        case "==": return .bool { f in try a(f) == b(f) }
        case "!=": return .bool { f in try a(f) != b(f) }
        case "<":
            return .bool { f in
                if case .enumCase(let i, _) = try a(f), case .enumCase(let j, _) = try b(f) { return i < j }
                return false
            }
        default: return nil
        }
    }

    /// The compiled code of a cell's function for one substitution (compiled on first use;
    /// recursive uses get the same object, filled when compilation finishes).
    func functionCode(_ fn: FuncSymbol, substitution s: Substitution) -> FunctionCode {
        let isGeneric =
            !fn.genericParameters.isEmpty
            || (fn.owner.map { !$0.genericParameters.isEmpty || $0.kind == .protocol } ?? false)
        var code = fn.code
        var key = ""
        if isGeneric {
            key = s.sorted { $0.key.hashValue < $1.key.hashValue }.map { typeKey($0.value) }.joined(
                separator: ";")
            if let c = fn.specializations[key] {
                code = c
            } else {
                code = FunctionCode()
                fn.specializations[key] = code
            }
        }
        if started.contains(ObjectIdentifier(code)) { return code }
        started.insert(ObjectIdentifier(code))
        compileBody(fn, into: code, substitution: isGeneric ? s : [:])
        return code
    }

    func compileBody(_ fn: FuncSymbol, into code: FunctionCode, substitution s: Substitution) {
        guard let context = fn.context, let body = fn.body else {
            code.run = { [runtime] _ in throw runtime.trap("function '\(fn.name)' has no body", .unknown)
            }
            return
        }
        let savedSubst = subst
        let savedContext = currentContext
        let savedCell = currentCell
        subst = s
        currentContext = context
        currentCell = fn.cell
        defer {
            subst = savedSubst
            currentContext = savedContext
            currentCell = savedCell
        }
        code.cell = fn.cell
        code.slotCount = max(context.slotCount, 1)
        code.captureSlots = context.captures.map(\.slot)
        code.name = fn.name
        let captured = capturedParameterSlots(fn)
        // A body of one `return e` compiles to `e`.
        if captured.isEmpty, body.count == 1, case .return(let e?) = body[0] {
            code.run = expr(e).value
            return
        }
        if captured.isEmpty, fn.kind != .initializer, let choice = returnChoice(body) {
            code.run = choice.value
            return
        }
        let block = self.block(body)
        let isInitializer = fn.kind == .initializer
        let isFailable = fn.isFailable
        if captured.isEmpty && !isInitializer {
            code.run = { f in
                if case .returned = try block(f) { return f.result }
                return .void
            }
            return
        }
        code.run = { f in
            for s in captured { f[s] = .box(Box(f[s])) }
            let flow = try block(f)
            if isInitializer {
                if isFailable, flow == .returned, case .null = f.result { return .none }
                return f[0]
            }
            return flow == .returned ? f.result : .void
        }
    }

    /// A body that only chooses what to return (`if c { return a }; return b`, with `else`,
    /// `else if` and nesting) as one conditional expression: no statement closures, no `Flow`,
    /// no result slot. Nil for any other body.
    func returnChoice(_ body: [TStmt]) -> Code? {
        guard let first = body.first else { return nil }
        switch first {
        case .return(let e?) where body.count == 1:
            return expr(e)
        case .if(let conditions, let then, let otherwise):
            guard conditions.count == 1, case .boolean(let c) = conditions[0],
                let t = returnChoice(then)
            else { return nil }
            let rest: [TStmt]
            if let otherwise {
                guard body.count == 1 else { return nil }
                rest = otherwise
            } else {
                rest = Array(body.dropFirst())
            }
            guard let o = returnChoice(rest) else { return nil }
            let cc = expr(c).bool
            switch (t, o) {
            case (.int(let x), .int(let y)): return .int { f in try cc(f) ? try x(f) : try y(f) }
            case (.double(let x), .double(let y)): return .double { f in try cc(f) ? try x(f) : try y(f) }
            case (.bool(let x), .bool(let y)): return .bool { f in try cc(f) ? try x(f) : try y(f) }
            default:
                let x = t.value
                let y = o.value
                return .value { f in try cc(f) ? try x(f) : try y(f) }
            }
        case .block(let inner) where body.count == 1:
            return returnChoice(inner)
        default:
            return nil
        }
    }

    /// Parameters (and `self`) that closures capture move into boxes when the call starts.
    func capturedParameterSlots(_ fn: FuncSymbol) -> [Int] {
        var slots: [Int] = []
        if let s = fn.context?.selfVariable, s.isCaptured, let slot = s.storage.slot {
            slots.append(slot)
        }
        for p in fn.parameters {
            if let v = p.variable, v.isCaptured, let slot = v.storage.slot { slots.append(slot) }
        }
        return slots
    }

    /// `Type(args)` with a declared initializer: a fresh value (record or object) in slot 0,
    /// the body run on it.
    func initializerCall(
        _ fn: FuncSymbol, _ owner: TypeSymbol, arguments: [TExpr], substitution s: Substitution,
        span: SourceSpan
    ) -> Code {
        let code = functionCode(fn, substitution: s)
        let slotCount = fn.context?.slotCount ?? 1
        let argCodes = arguments.map { expr($0).value }
        let make = freshInstance(owner)
        let runtime = self.runtime
        return .value { f in
            let callee = runtime.frames.push(slotCount)
            defer { runtime.frames.pop(callee) }
            let p = callee.slots
            p[0] = try make(f)
            for i in 0..<argCodes.count { p[i + 1] = try argCodes[i](f) }
            return try runtime.invoke(code, callee, at: span)
        }
    }

    /// A new value of a type before its initializer runs: stored properties with initial values
    /// set, the others empty.
    func freshInstance(_ owner: TypeSymbol) -> ValueCode {
        let initials = owner.storedProperties.map { p in p.initialValue.map { expr($0).value } }
        switch owner.representation {
        case .object:
            let runtimeClass = classRuntime(owner)
            return { f in
                var fields: [Value] = []
                fields.reserveCapacity(initials.count)
                for i in initials { fields.append(try i?(f) ?? .none) }
                return .object(Instance(type: runtimeClass, fields: fields))
            }
        case .enumeration:
            return { _ in .none }
        default:
            return { f in
                var fields: [Value] = []
                fields.reserveCapacity(initials.count)
                for i in initials { fields.append(try i?(f) ?? .none) }
                return .record(fields)
            }
        }
    }

    /// The run-time class of a class declaration: its vtable filled with the compiled methods.
    func classRuntime(_ s: TypeSymbol) -> ClassRuntime {
        if let c = classRuntimes[ObjectIdentifier(s)] { return c }
        let superRuntime = s.superclass.map(classRuntime)
        let c = ClassRuntime(symbol: s, superclass: superRuntime, vtable: superRuntime?.vtable ?? [])
        classRuntimes[ObjectIdentifier(s)] = c
        for case .function(let f) in s.members.values.flatMap({ $0 }) {
            guard let slot = f.vtableSlot else { continue }
            while c.vtable.count <= slot { c.vtable.append(FunctionCode()) }
            c.vtable[slot] = functionCode(f, substitution: [:])
        }
        return c
    }

    /// `super.init(…)` / `super.method(…)`: the superclass's code, on this `self`.
    func superCall(_ fn: FuncSymbol, base: TExpr, arguments: [TExpr], span: SourceSpan) -> Code {
        let code = functionCode(fn, substitution: [:])
        let slotCount = fn.context?.slotCount ?? 1
        let selfCode = expr(base).value
        let argCodes = arguments.map { expr($0).value }
        let runtime = self.runtime
        if fn.host == "defaultInit" { return .value { _ in .void } }
        return typed(fn.kind == .initializer ? .void : fn.result) { f in
            let callee = runtime.frames.push(slotCount)
            defer { runtime.frames.pop(callee) }
            let p = callee.slots
            p[0] = try selfCode(f)
            for i in 0..<argCodes.count { p[i + 1] = try argCodes[i](f) }
            let r = try runtime.invoke(code, callee, at: span)
            return fn.kind == .initializer ? .void : r
        }
    }

    /// Calls a function value (closures, function parameters, nested functions).
    func callValue(_ callee: TExpr, _ arguments: [TExpr], span: SourceSpan) -> Code {
        let c = expr(callee).value
        var argCodes: [ValueCode] = []
        var inouts: [(Int, ModifyCode)] = []
        for (i, a) in arguments.enumerated() {
            if case .inoutArgument(let t) = a.kind {
                inouts.append((i, lvalue(t)))
                argCodes.append { _ in .none }
            } else {
                argCodes.append(expr(a).value)
            }
        }
        let runtime = self.runtime
        var resultType = SwiftType.void
        if case .function(let ft) = callee.type.resolved { resultType = ft.result }
        return typed(resultType) { f in
            guard case .function(let closure) = try c(f) else {
                preconditionFailure("interpreter bug: calling a non-function value")
            }
            let code = closure.code
            let frame = runtime.frames.push(code.slotCount)
            defer { runtime.frames.pop(frame) }
            let p = frame.slots
            for i in 0..<argCodes.count { p[i] = try argCodes[i](f) }
            for (slot, v) in zip(code.captureSlots, closure.captures) { p[slot] = v }
            if inouts.isEmpty { return try runtime.invoke(code, frame, at: span) }
            var result = Value.void
            func run(_ k: Int) throws {
                if k == inouts.count {
                    result = try runtime.invoke(code, frame, at: span)
                    return
                }
                try inouts[k].1(f) { v in
                    frame[inouts[k].0] = v
                    v = .none
                    try run(k + 1)
                    v = frame[inouts[k].0]
                }
            }
            try run(0)
            return result
        }
    }

    /// A function used as a value: a closure with no captures (or, for a nested function, the
    /// closure made when its declaration ran: see `.function` statements).
    func functionValue(_ fn: FuncSymbol, substitution s: Substitution) -> Value {
        if let host = fn.host {
            return .function(Closure(code: hostFunctionCode(host, fn, substitution: s), captures: []))
        }
        return .function(Closure(code: functionCode(fn, substitution: s), captures: []))
    }

    /// A library function as a value (`reduce(0, +)`): code that reads its arguments from the
    /// frame's first slots and runs the intrinsic on them.
    func hostFunctionCode(_ host: String, _ fn: FuncSymbol, substitution s: Substitution)
        -> FunctionCode
    {
        let code = FunctionCode()
        code.slotCount = max(1, fn.parameters.count)
        let args = fn.parameters.enumerated().map { i, p in
            TExpr(
                .variable(
                    VarSymbol(
                        name: "$\(i)", type: p.type.substituting(s), isLet: true, storage: .local(slot: i)),
                    slot: i),
                p.type.substituting(s), .unknown)
        }
        if let c = fn.enumCase {
            let index = c.index
            let n = args.count
            code.run = { f in .enumCase(index, (0..<n).map { f[$0] }) }
            return code
        }
        let savedContext = currentContext
        currentContext = nil
        code.run =
            intrinsic(
                host, fn, base: nil, arguments: args, substitution: s, span: .unknown,
                resultType: fn.result.substituting(s)
            ).value
        currentContext = savedContext
        return code
    }

    /// `object.method` as a value: a closure with the base bound.
    func methodValue(_ fn: FuncSymbol, base: TExpr, substitution s: Substitution, span: SourceSpan)
        -> Code
    {
        let b = expr(base).value
        let code = fn.host == nil ? functionCode(fn, substitution: s) : nil
        let n = fn.parameters.count
        let runtime = self.runtime
        return .value { f in
            let receiver = try b(f)
            guard let code else { return .none }
            let wrapper = FunctionCode()
            wrapper.slotCount = n
            wrapper.run = { frame in
                let callee = runtime.frames.push(code.slotCount)
                defer { runtime.frames.pop(callee) }
                callee[0] = receiver
                for i in 0..<n { callee[i + 1] = frame[i] }
                return try runtime.invoke(code, callee, at: span)
            }
            return .function(Closure(code: wrapper, captures: []))
        }
    }

    /// A closure expression: its code compiled once; each evaluation captures the boxes of the
    /// variables it uses.
    func closure(_ info: ClosureInfo) -> Code {
        let code = FunctionCode()
        code.cell = currentCell
        code.isClosureExpression = true
        let context = info.context
        code.slotCount = max(context.slotCount, 1)
        code.captureSlots = context.captures.map(\.slot) + info.copies.map(\.slot)
        // Capture-list values are evaluated in the enclosing frame, when the closure is made.
        let copyCodes = info.copies.map { expr($0.value).value }
        let savedContext = currentContext
        currentContext = context
        if !info.destructured.isEmpty {
            let slots = info.destructured
            let inner: ValueCode
            if let e = info.singleExpression {
                inner = expr(e).value
            } else {
                let block = self.block(info.body)
                inner = { f in try block(f) == .returned ? f.result : .void }
            }
            code.run = { f in
                let elements = f[0].asRecord
                for (i, s) in slots.enumerated() { f[s] = elements[i] }
                return try inner(f)
            }
        } else if let e = info.singleExpression {
            code.run = expr(e).value
        } else {
            let block = self.block(info.body)
            code.run = { f in try block(f) == .returned ? f.result : .void }
        }
        currentContext = savedContext
        // Where the captured variables' boxes are in the enclosing frame.
        let outerSlots = context.captures.map { capture -> Int in
            currentContext.map { outer in
                outer.captures.first { $0.variable === capture.variable }?.slot ?? capture.variable.storage
                    .slot ?? -1
            }
                ?? capture.variable.storage.slot ?? -1
        }
        if outerSlots.isEmpty && copyCodes.isEmpty {
            let value = Value.function(Closure(code: code, captures: []))
            return .value { _ in value }
        }
        if copyCodes.isEmpty {
            return .value { f in
                .function(Closure(code: code, captures: outerSlots.map { f[$0] }))
            }
        }
        return .value { f in
            var captures = outerSlots.map { f[$0] }
            for c in copyCodes { captures.append(try c(f)) }
            return .function(Closure(code: code, captures: captures))
        }
    }
}
